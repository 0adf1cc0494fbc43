// Feature templates whose values are a few small integers (a quote state, a distance bucket, the
// side of the cue): every combination is hashed once per process, so a feature is an index into
// that list. Training reads the hash at the index (the same key as hashing on the spot); a frozen
// model reads the weights at the index, without hashing or probing its table.

/** One template: its first slot, and the multiplier of each value (mixed radix, first value most significant). */
export interface SmallTemplate {
  base: number;
  m0: number;
  m1: number;
  m2: number;
  m3: number;
}

export class SmallTemplates {
  /** Slot → the feature's hash. */
  private readonly keys: number[] = [];
  private frozen: Int32Array | null = null;

  /** A template over values 0 … sizes[k] − 1; hash(values) is the key the feature had as a hash. */
  add(sizes: number[], hash: (values: number[]) => number): SmallTemplate {
    if (this.frozen) throw new Error('SmallTemplates: add() after hashes()');
    const base = this.keys.length;
    const m = [0, 0, 0, 0];
    let size = 1;
    for (let k = sizes.length - 1; k >= 0; k--) {
      m[k] = size;
      size *= sizes[k];
    }
    for (let slot = 0; slot < size; slot++) {
      const values = sizes.map((_, k) => Math.floor(slot / m[k]) % sizes[k]);
      this.keys.push(hash(values));
    }
    return { base, m0: m[0], m1: m[1], m2: m[2], m3: m[3] };
  }

  /** Slot → hash, for every template added (the list is final once read). */
  hashes(): Int32Array {
    return (this.frozen ??= Int32Array.from(this.keys));
  }
}

/** The slot of template t at values (a, b, c, d); unused values are 0. */
export function slot(t: SmallTemplate, a: number, b = 0, c = 0, d = 0): number {
  return t.base + a * t.m0 + b * t.m1 + c * t.m2 + d * t.m3;
}
