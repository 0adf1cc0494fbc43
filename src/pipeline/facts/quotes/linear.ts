// A first-order linear sequence model over hashed features: emission weights per feature row
// and tag, transition weights, Viterbi decoding under a tag grammar (I only after B or I of
// the same role). Training (averaged perceptron) lives in src/train; this is what tags.
import { IntTable } from '../../hash.js';
import type { SmallKeys } from './small.js';

/** Features of a sequence in CSR form: token k owns hashes[offsets[k] .. offsets[k+1]). */
export interface FeatureRows {
  hashes: Int32Array;
  offsets: Int32Array;
  /**
   * Small-template features by slot (see small.ts), in the same CSR form: token k owns
   * slots[offsets[k] .. offsets[k+1]); keys says which feature hashes a slot stands for.
   */
  small?: { slots: Int32Array; offsets: Int32Array; keys: SmallKeys };
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
  private readonly masked: Float64Array;
  /** keys[r] = the feature hash of row r (for saving). */
  readonly keys: number[] = [];
  /**
   * A frozen model's weights stored beside their keys: per slot the key, then the weights as
   * int16 pairs in int32 words (an integer sum, times `scale`). One short cache line per feature
   * lookup instead of a table probe and a weight row elsewhere: tagging is bound by these misses.
   */
  private packed: FrozenTable | null = null;

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
    this.masked = new Float64Array(tags * tags);
  }

  /** A model sharing this one's feature rows, with other weights (an averaged copy). */
  withWeights(weights: Float32Array, trans: Float32Array): LinearSequenceModel {
    const copy = Object.create(LinearSequenceModel.prototype) as LinearSequenceModel;
    Object.assign(copy, this, { weights, trans, bias: Float32Array.from(this.bias) });
    return copy;
  }

  /** Packs the weights beside their keys for tagging; the model must not be trained further. */
  freeze(): void {
    this.packed = FrozenTable.of(this.keys, this.weights, this.rows, this.tags);
  }

  /** Frozen: features may come as small-template slots (FeatureRows.small). */
  get frozen(): boolean {
    return this.packed !== null;
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

  /** The emission score of tag t at token k in the last decode (bias included). */
  emitted(k: number, t: number): number {
    return this.emit[k * this.tags + t];
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
    if (this.packed) this.packed.emissions(f, n, this.bias, emit);
    else {
      for (let k = 0; k < n; k++) emit.set(this.bias, k * T);
      const w = this.weights;
      for (let k = 0; k < n; k++) {
        for (let j = f.offsets[k]; j < f.offsets[k + 1]; j++) {
          const r = this.table.get(f.hashes[j]);
          const o = r * T;
          if (r < 0 || o >= w.length) continue;
          for (let t = 0; t < T; t++) emit[k * T + t] += w[o + t];
        }
        const sm = f.small;
        if (!sm) continue;
        for (let j = sm.offsets[k]; j < sm.offsets[k + 1]; j++) {
          const s = sm.slots[j];
          for (let e = sm.keys.start[s]; e < sm.keys.start[s + 1]; e++) {
            const r = this.table.get(sm.keys.hashes[e]);
            if (r < 0) continue;
            for (let t = 0; t < T; t++) emit[k * T + t] += w[r * T + t];
          }
        }
      }
    }
    const score = this.score;
    const back = this.back;
    const allowed = this.allowed;
    const tr = this.trans;
    // transitions the grammar forbids score −∞, so the inner loop needs no test
    const masked = this.masked;
    for (let i = 0; i < T * T; i++) masked[i] = allowed[i] ? tr[i] : -Infinity;
    for (let t = 0; t < T; t++) score[t] = allowed[T * T + t] ? emit[t] + tr[T * T + t] : -Infinity;
    for (let k = 1; k < n; k++) {
      const prev = (k - 1) * T;
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < T; p++) {
          const s = score[prev + p] + masked[p * T + t];
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

/** Open-addressing table of int16-quantised weight rows (see LinearSequenceModel.packed). */
class FrozenTable {
  private constructor(
    private readonly slots: Int32Array,
    private readonly mask: number,
    private readonly tags: number,
    private readonly stride: number,
    private readonly scale: number,
    /**
     * One bit per key, by other bits of the hash than the slot's: about half the features of a
     * text are in no row, and this small set (it stays in cache) turns most of them away
     * without touching the big table. Never a false "absent", so tagging is unchanged.
     */
    private readonly present: Int32Array,
    private readonly presentShift: number,
    /** Per-token integer sums, reused between calls. */
    private sums: Int32Array,
  ) {}

  /**
   * The integer weights of each small-template slot per tag (summed over the features of a
   * joint slot; 0 where the model has no row), for the slot list they were read for.
   */
  private smallWeights = new Int32Array(0);
  private smallKeys: SmallKeys | null = null;

  private weightsOfSlots(keys: SmallKeys): Int32Array {
    if (this.smallKeys === keys) return this.smallWeights;
    const { tags } = this;
    const slotCount = keys.start.length - 1;
    const out = new Int32Array(slotCount * tags);
    for (let s = 0; s < slotCount; s++) {
      for (let e = keys.start[s]; e < keys.start[s + 1]; e++) {
        const at = this.find(keys.hashes[e]);
        if (at < 0) continue;
        for (let t = 0; t < tags; t++) {
          const w = this.slots[at + 1 + (t >> 1)];
          out[s * tags + t] += t & 1 ? w >> 16 : (w << 16) >> 16;
        }
      }
    }
    this.smallKeys = keys;
    this.smallWeights = out;
    return out;
  }

  /** Offset of key's slot, or −1. */
  private find(key: number): number {
    let i = slotOf(key, this.mask);
    for (;;) {
      const at = i * this.stride;
      if (this.slots[at] === key) return at;
      if (this.slots[at] === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  static of(keys: readonly number[], weights: Float32Array, rows: number, tags: number): FrozenTable {
    if (tags < 3) throw new Error("FrozenTable: at least three tags (O, B, I)");
    const stride = 1 + ((tags + 1) >> 1);
    let maxAbs = 0;
    for (let i = 0; i < rows * tags; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    // load factor at most 2/3: short probe runs without doubling the table
    let size = 1024;
    while (size * 2 < rows * 3) size <<= 1;
    const slots = new Int32Array(size * stride);
    const mask = size - 1;
    for (let r = 0; r < rows; r++) {
      const key = keys[r];
      if (key === 0) continue;
      let i = slotOf(key, mask);
      while (slots[i * stride] !== 0) i = (i + 1) & mask;
      const at = i * stride;
      slots[at] = key;
      for (let t = 0; t < tags; t++) {
        const q = Math.round(weights[r * tags + t] / scale) & 0xffff;
        slots[at + 1 + (t >> 1)] |= t & 1 ? q << 16 : q;
      }
    }
    // about 8 bits per key: some 7% of absent keys pass to the table
    let bits = 1 << 16;
    while (bits < rows * 8) bits <<= 1;
    const presentShift = 32 - Math.log2(bits);
    const present = new Int32Array(bits >>> 5);
    for (let r = 0; r < rows; r++) {
      const b = presenceBit(keys[r], presentShift);
      present[b >>> 5] |= 1 << (b & 31);
    }
    return new FrozenTable(slots, mask, tags, stride, scale, present, presentShift, new Int32Array(0));
  }

  /** Probe buffers of emissions(), reused between calls. */
  private probeAt = new Int32Array(0);
  private probeKey = new Int32Array(0);
  private probeToken = new Int32Array(0);
  private probeFound = new Int32Array(0);

  /**
   * emit[k * tags + t] = bias[t] + the weights of token k's features for tag t. The table is
   * read in passes: first every feature's home slot, then all their keys in one loop without
   * branches, so the processor has many of these cache misses in flight at once instead of one
   * after another; the rare key not in its home slot is probed on after.
   */
  emissions(f: FeatureRows, n: number, bias: Float32Array, emit: Float32Array): void {
    const { slots, mask, tags, stride, present, presentShift } = this;
    if (this.sums.length < n * tags + 1) this.sums = new Int32Array(n * tags * 2 + 1);
    const sums = this.sums;
    sums.fill(0, 0, n * tags);
    const sm = f.small;
    if (sm) {
      const smallWeights = this.weightsOfSlots(sm.keys);
      for (let k = 0; k < n; k++) {
        const o = k * tags;
        for (let j = sm.offsets[k]; j < sm.offsets[k + 1]; j++) {
          const at = sm.slots[j] * tags;
          for (let t = 0; t < tags; t++) sums[o + t] += smallWeights[at + t];
        }
      }
    }
    const features = f.offsets[n];
    if (this.probeAt.length < features) {
      this.probeAt = new Int32Array(features * 2);
      this.probeKey = new Int32Array(features * 2);
      this.probeToken = new Int32Array(features * 2);
      this.probeFound = new Int32Array(features * 2);
    }
    const { probeAt, probeKey, probeToken, probeFound } = this;
    // 1. the home slot of each feature the presence bits do not turn away
    let m = 0;
    for (let k = 0; k < n; k++) {
      for (let j = f.offsets[k]; j < f.offsets[k + 1]; j++) {
        // without a branch (whether a key is present is a coin toss the processor cannot
        // predict): every feature is written, and kept by counting it when its bit is set
        const key = f.hashes[j];
        const b = presenceBit(key, presentShift);
        probeAt[m] = slotOf(key, mask) * stride;
        probeKey[m] = key;
        probeToken[m] = k;
        m += (present[b >>> 5] >>> (b & 31)) & 1;
      }
    }
    // 2. the keys in those slots: independent loads
    for (let c = 0; c < m; c++) probeFound[c] = slots[probeAt[c]];
    // 3. weights of the keys found (in the same cache line as the key), probing on past others
    const end = slots.length;
    for (let c = 0; c < m; c++) {
      const key = probeKey[c];
      let at = probeAt[c];
      let found = probeFound[c];
      while (found !== key && found !== 0) {
        at = at + stride === end ? 0 : at + stride;
        found = slots[at];
      }
      if (found === 0) continue;
      const o = probeToken[c] * tags;
      const w0 = slots[at + 1];
      const w1 = slots[at + 2];
      sums[o] += (w0 << 16) >> 16;
      sums[o + 1] += w0 >> 16;
      sums[o + 2] += (w1 << 16) >> 16;
      if (tags === 3) continue;
      sums[o + 3] += w1 >> 16;
      for (let t = 4; t < tags; t += 2) {
        const w = slots[at + 1 + (t >> 1)];
        sums[o + t] += (w << 16) >> 16;
        sums[o + t + 1] += w >> 16;
      }
    }
    const scale = this.scale;
    for (let k = 0, i = 0; k < n; k++) for (let t = 0; t < tags; t++, i++) emit[i] = bias[t] + sums[i] * scale;
  }
}

/** The key's bit in FrozenTable.present: the high bits of a multiplicative hash (slotOf uses the low ones). */
function presenceBit(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

function slotOf(key: number, mask: number): number {
  return (key ^ (key >>> 15)) & mask;
}
