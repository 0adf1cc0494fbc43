// Feature templates whose values are a few small integers (a quote state, a distance bucket, the
// side of the cue): every combination is hashed once per process, so a feature is an index into
// that list. Training reads the hashes at the index (the same keys as hashing on the spot); a
// frozen model reads the weights at the index, without hashing or probing its table. A joint
// template lists several features per slot (those of templates always read together), so a
// frozen model adds their summed weights once.

/** One template: its first slot, and the multiplier of each value (mixed radix, first value most significant). */
export interface SmallTemplate {
  base: number;
  m0: number;
  m1: number;
  m2: number;
  m3: number;
}

/** Slot s stands for the features hashes[start[s] .. start[s + 1]). */
export interface SmallKeys {
  start: Int32Array;
  hashes: Int32Array;
}

export class SmallTemplates {
  private readonly start: number[] = [0];
  private readonly list: number[] = [];
  private frozen: SmallKeys | null = null;

  /**
   * A template over values 0 … sizes[k] − 1 (at most four); hash(values) is the key the
   * feature had as a hash, or the keys of all the features a joint slot stands for (it must not
   * keep `values`: the array is reused for the next slot).
   */
  add(sizes: number[], hash: (values: number[]) => number | readonly number[]): SmallTemplate {
    if (this.frozen) throw new Error('SmallTemplates: add() after keys()');
    if (sizes.length > 4) throw new Error('SmallTemplates: at most four values');
    const base = this.start.length - 1;
    const m = [0, 0, 0, 0];
    let size = 1;
    for (let k = sizes.length - 1; k >= 0; k--) {
      m[k] = size;
      size *= sizes[k];
    }
    // one array of values for every slot, counted up like an odometer: these tables are built in
    // every thread that analyses, at start-up, and an array per slot (some 40,000) was most of it
    const values = sizes.map(() => 0);
    for (let slot = 0; slot < size; slot++) {
      if (slot > 0) for (let k = sizes.length - 1; k >= 0 && ++values[k] === sizes[k]; k--) values[k] = 0;
      const h = hash(values);
      if (typeof h === 'number') this.list.push(h);
      else this.list.push(...h);
      this.start.push(this.list.length);
    }
    return { base, m0: m[0], m1: m[1], m2: m[2], m3: m[3] };
  }

  /** Slot → its feature hashes, for every template added (the list is final once read). */
  keys(): SmallKeys {
    return (this.frozen ??= { start: Int32Array.from(this.start), hashes: Int32Array.from(this.list) });
  }
}

/** The slot of template t at values (a, b, c, d); unused values are 0. */
export function slot(t: SmallTemplate, a: number, b = 0, c = 0, d = 0): number {
  return t.base + a * t.m0 + b * t.m1 + c * t.m2 + d * t.m3;
}
