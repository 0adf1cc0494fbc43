// A first-order linear sequence model over hashed features: emission weights per feature row
// and tag, transition weights, Viterbi decoding under a tag grammar (I only after B or I of
// the same role). Training (averaged perceptron) lives in src/train; this is what tags.
import { IntTable } from '../../entities/hash.js';

/** Features of a sequence in CSR form: token k owns hashes[offsets[k] .. offsets[k+1]). */
export interface FeatureRows {
  hashes: Int32Array;
  offsets: Int32Array;
}

export class LinearSequenceModel {
  readonly table: IntTable;
  /** rows × tags emission weights. */
  weights: Float32Array;
  /** tags × tags transitions (prev * tags + cur), then tags start weights. */
  readonly trans: Float32Array;
  /** Added to every token's score for each tag: moves the balance of precision and recall (tuned on dev). */
  bias: Float32Array;
  rows = 0;
  // decoding buffers, reused between calls
  private emit = new Float32Array(0);
  private score = new Float64Array(0);
  private back = new Int8Array(0);
  /** keys[r] = the feature hash of row r (for saving). */
  readonly keys: number[] = [];
  /**
   * A frozen model's weights stored beside their keys (key, then one weight per tag, per slot):
   * one cache line per feature lookup instead of a table probe and a weight row elsewhere.
   */
  private packed: { keys: Int32Array; weights: Float32Array; mask: number } | null = null;

  constructor(
    readonly tags: number,
    /** allowed[prev * tags + cur]; prev = tags means the sequence start. */
    readonly allowed: Uint8Array,
    capacity = 1 << 16,
  ) {
    this.table = new IntTable(capacity);
    this.weights = new Float32Array(capacity * tags);
    this.trans = new Float32Array(tags * tags + tags);
    this.bias = new Float32Array(tags);
  }

  /** A model sharing this one's feature rows, with other weights (an averaged copy). */
  withWeights(weights: Float32Array, trans: Float32Array): LinearSequenceModel {
    const copy = Object.create(LinearSequenceModel.prototype) as LinearSequenceModel;
    Object.assign(copy, this, { weights, trans, bias: Float32Array.from(this.bias) });
    return copy;
  }

  /** Packs the weights beside their keys for tagging; the model must not be trained further. */
  freeze(): void {
    const T = this.tags;
    const stride = T + 1;
    let slots = 1024;
    while (slots < this.rows * 2) slots <<= 1;
    const buf = new ArrayBuffer(slots * stride * 4);
    const keys = new Int32Array(buf);
    const weights = new Float32Array(buf);
    const mask = slots - 1;
    for (let r = 0; r < this.rows; r++) {
      const key = this.keys[r];
      let i = (key ^ (key >>> 15)) & mask;
      while (keys[i * stride] !== 0) i = (i + 1) & mask;
      keys[i * stride] = key;
      for (let t = 0; t < T; t++) weights[i * stride + 1 + t] = this.weights[r * T + t];
    }
    this.packed = { keys, weights, mask };
  }

  row(hash: number): number {
    return this.table.get(hash);
  }

  /** The row of a feature, created (zero weights) when new. */
  intern(hash: number): number {
    let r = this.table.get(hash);
    if (r >= 0) return r;
    r = this.rows++;
    if (r * this.tags >= this.weights.length) {
      const grown = new Float32Array(this.weights.length * 2);
      grown.set(this.weights);
      this.weights = grown;
    }
    this.table.set(hash, r);
    this.keys.push(hash);
    return r;
  }

  private emitPacked(f: FeatureRows, n: number, emit: Float32Array): void {
    const { keys, weights, mask } = this.packed!;
    const T = this.tags;
    const stride = T + 1;
    for (let k = 0; k < n; k++) {
      const o = k * T;
      for (let j = f.offsets[k]; j < f.offsets[k + 1]; j++) {
        const key = f.hashes[j];
        let i = (key ^ (key >>> 15)) & mask;
        for (;;) {
          const at = i * stride;
          const found = keys[at];
          if (found === key) {
            for (let t = 0; t < T; t++) emit[o + t] += weights[at + 1 + t];
            break;
          }
          if (found === 0) break;
          i = (i + 1) & mask;
        }
      }
    }
  }

  /** Best tag sequence for tokens [0, n) of f; scores are written to out. */
  decode(f: FeatureRows, n: number, out: Uint8Array): void {
    const T = this.tags;
    if (n === 0) return;
    if (this.emit.length < n * T) {
      this.emit = new Float32Array(n * T * 2);
      this.score = new Float64Array(n * T * 2);
      this.back = new Int8Array(n * T * 2);
    }
    const emit = this.emit;
    for (let k = 0; k < n; k++) emit.set(this.bias, k * T);
    if (this.packed) this.emitPacked(f, n, emit);
    else {
      const w = this.weights;
      for (let k = 0; k < n; k++) {
        for (let j = f.offsets[k]; j < f.offsets[k + 1]; j++) {
          const r = this.table.get(f.hashes[j]);
          const o = r * T;
          if (r < 0 || o >= w.length) continue;
          for (let t = 0; t < T; t++) emit[k * T + t] += w[o + t];
        }
      }
    }
    const score = this.score;
    const back = this.back;
    const allowed = this.allowed;
    const tr = this.trans;
    for (let t = 0; t < T; t++) score[t] = allowed[T * T + t] ? emit[t] + tr[T * T + t] : -Infinity;
    for (let k = 1; k < n; k++) {
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < T; p++) {
          if (!allowed[p * T + t]) continue;
          const s = score[(k - 1) * T + p] + tr[p * T + t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[k * T + t] = best + emit[k * T + t];
        back[k * T + t] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; arg = t; }
    for (let k = n - 1; k >= 0; k--) {
      out[k] = arg;
      arg = back[k * T + arg];
    }
  }
}

/**
 * BIO grammar over roles: tag 0 is O, then B and I of each role (1,2 role 0; 3,4 role 1 …).
 * I of a role follows only B or I of that role.
 */
export function bioGrammar(roles: number): Uint8Array {
  const T = 1 + 2 * roles;
  const allowed = new Uint8Array(T * T + T).fill(1);
  for (let r = 0; r < roles; r++) {
    const inside = 2 + 2 * r;
    for (let p = 0; p <= T; p++) {
      const ok = p === inside || p === inside - 1;
      allowed[p * T + inside] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/** Maximal runs [from, to) of each role in a BIO tag sequence. */
export function bioChunks(tags: Uint8Array, n: number): Array<{ role: number; from: number; to: number }> {
  const out: Array<{ role: number; from: number; to: number }> = [];
  let k = 0;
  while (k < n) {
    const t = tags[k];
    if (t === 0) { k++; continue; }
    const role = (t - 1) >> 1;
    let e = k + 1;
    while (e < n && tags[e] === 2 + 2 * role) e++;
    out.push({ role, from: k, to: e });
    k = e;
  }
  return out;
}
