// Multiclass linear models over hashed features: a frozen one for run time (feature hash → row
// of class weights, typed arrays only) and an averaged perceptron that trains it.
import { IntTable } from '../hash.js';

/** Up to this many classes a slot holds all weights inline; beyond, only the non-zero ones, packed. */
const DENSE_CLASSES = 4;
/** Sparse slots pack (first pair << COUNT_BITS) | pair count into one int32. */
const COUNT_BITS = 7;
const MAX_SPARSE_CLASSES = (1 << COUNT_BITS) - 1;
const MAX_PAIRS = 1 << (31 - COUNT_BITS);

/** Weights as stored: float32, or int16 times the model's scale (half the memory, same values). */
export type WeightArray = Float32Array | Int16Array;

/**
 * Frozen weights in an open-addressing table keyed by feature hash, laid out so that a look-up
 * touches as little memory as possible: scoring is bound by memory, not arithmetic. With few
 * classes (the parser's three actions) a slot holds the key and its weights side by side (12
 * bytes with int16 weights): one memory access per feature. With many (tags, relations) most of
 * a row is zero, so a slot holds the key and where its non-zero (class, weight) pairs start and
 * how many there are; the pairs of a row sit together in one array. A weight is read as
 * fround(stored × scale): the float32 the model file stands for, so scores are the same to the
 * bit whichever way the weights are stored.
 */
export class LinearModel {
  /** Int32 view of the slots: key (0 = empty slot), then the dense weights or the pair range. */
  private readonly slots: Int32Array;
  /** The same slots seen as weights: slot at int32 offset o has its weights from o × per + per. */
  private readonly slotWeights: WeightArray;
  /** Weight elements per int32 (2 for int16, 1 for float32). */
  private readonly per: number;
  /** Int32s per slot. */
  private readonly stride: number;
  private readonly mask: number;
  private readonly dense: boolean;
  private readonly scale: number;
  /** Sparse rows: (class, weight) for each non-zero weight, row after row. */
  private readonly pairs: WeightArray;

  /** Number of feature rows. */
  readonly rows: number;

  /**
   * keys: the feature hash of each row (non-zero); weights: keys.length rows of `classes`
   * weights, each standing for fround(weight × scale).
   */
  constructor(
    readonly classes: number,
    keys: Int32Array,
    weights: WeightArray,
    scale = 1,
  ) {
    this.rows = keys.length;
    this.scale = scale;
    const int16 = weights instanceof Int16Array;
    const makeWeights = (buffer: ArrayBuffer): WeightArray => (int16 ? new Int16Array(buffer) : new Float32Array(buffer));
    const per = (this.per = int16 ? 2 : 1);
    let size = 1024;
    while (size < keys.length * 1.5) size <<= 1;
    const mask = (this.mask = size - 1);
    const dense = (this.dense = classes <= DENSE_CLASSES);
    const stride = (this.stride = dense ? 1 + Math.ceil(classes / per) : 2);
    const buffer = new ArrayBuffer(size * stride * 4);
    const slots = (this.slots = new Int32Array(buffer));
    const slotWeights = (this.slotWeights = makeWeights(buffer));
    let count = 0;
    if (!dense) {
      if (classes > MAX_SPARSE_CLASSES) throw new Error(`a linear model holds at most ${MAX_SPARSE_CLASSES} classes`);
      for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) count++;
      if (count > MAX_PAIRS) throw new Error(`a linear model holds at most ${MAX_PAIRS} non-zero weights`);
    }
    const pairs = (this.pairs = makeWeights(new ArrayBuffer(count * 2 * (int16 ? 2 : 4))));
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      let slot = keys[r] & mask;
      while (slots[slot * stride] !== 0) slot = (slot + 1) & mask;
      const o = slot * stride;
      slots[o] = keys[r];
      const row = r * classes;
      if (dense) {
        for (let c = 0; c < classes; c++) slotWeights[o * per + per + c] = weights[row + c];
        continue;
      }
      const first = next;
      for (let c = 0; c < classes; c++) {
        const w = weights[row + c];
        if (w === 0) continue;
        pairs[next * 2] = c;
        pairs[next * 2 + 1] = w;
        next++;
      }
      slots[o + 1] = (first << COUNT_BITS) | (next - first);
    }
  }

  /** Xor of the slots touched ahead of scoring; kept so that those loads are not optimised away. */
  private touched = 0;

  /** Adds the weights of feats[0 .. n) to scores[0 .. classes) (scores is zeroed first). */
  score(feats: Int32Array, n: number, scores: Float32Array): void {
    const { slots, stride, mask } = this;
    // Read every feature's home slot first: these loads do not depend on one another, so the
    // processor waits for their cache misses together instead of one after another (the look-ups
    // below then mostly hit the cache). Scoring is bound by memory latency, not arithmetic.
    let touched = 0;
    for (let f = 0; f < n; f++) touched ^= slots[(feats[f] & mask) * stride];
    this.touched = touched;
    if (this.dense && this.classes === 3) this.scoreThree(feats, n, scores);
    else this.scoreRows(feats, n, scores);
  }

  /** The offset of key's slot, or -1 when the model has no such feature. */
  private find(key: number): number {
    const { slots, stride } = this;
    const end = slots.length;
    let o = (key & this.mask) * stride;
    let k = slots[o];
    while (k !== key && k !== 0) {
      o = o + stride === end ? 0 : o + stride;
      k = slots[o];
    }
    return k === 0 ? -1 : o;
  }

  /**
   * The parser's three actions, summed in locals rather than in the array: the same float32
   * additions in the same order (fround after each, as a Float32Array store does), fewer loads and
   * stores.
   */
  private scoreThree(feats: Int32Array, n: number, scores: Float32Array): void {
    const { slotWeights, per, scale } = this;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < n; f++) {
      const o = this.find(feats[f]);
      if (o < 0) continue;
      const w = o * per + per;
      a = Math.fround(a + Math.fround(slotWeights[w] * scale));
      b = Math.fround(b + Math.fround(slotWeights[w + 1] * scale));
      c = Math.fround(c + Math.fround(slotWeights[w + 2] * scale));
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = c;
  }

  private scoreRows(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    const { slots, slotWeights, per, dense, pairs, scale } = this;
    for (let f = 0; f < n; f++) {
      const o = this.find(feats[f]);
      if (o < 0) continue;
      if (dense) {
        const w = o * per + per;
        for (let c = 0; c < C; c++) scores[c] += Math.fround(slotWeights[w + c] * scale);
      } else {
        const range = slots[o + 1];
        const last = ((range >>> COUNT_BITS) + (range & MAX_SPARSE_CLASSES)) * 2;
        for (let p = (range >>> COUNT_BITS) * 2; p < last; p += 2) scores[pairs[p]] += Math.fround(pairs[p + 1] * scale);
      }
    }
  }
}

/**
 * Averaged perceptron (Collins 2002) with the lazy-averaging trick: alongside each weight w it
 * keeps u = Σ step·Δ, and the average after T steps is w − u/T. Rows are created on first update.
 */
export class PerceptronTrainer {
  readonly table = new IntTable(1 << 16);
  private w: Float32Array;
  private u: Float64Array;
  private rows = 0;
  private keysByRow = new Int32Array(4096);
  /** Number of examples seen; advance with tick() once per example. */
  step = 1;

  constructor(readonly classes: number) {
    this.w = new Float32Array(classes * 4096);
    this.u = new Float64Array(classes * 4096);
  }

  tick(): void {
    this.step++;
  }

  /** Current (not averaged) scores. */
  score(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    const w = this.w;
    for (let f = 0; f < n; f++) {
      const row = this.table.get(feats[f]);
      if (row < 0) continue;
      const o = row * C;
      for (let c = 0; c < C; c++) scores[c] += w[o + c];
    }
  }

  /** Rewards class `good` and penalises `bad` on these features. */
  update(feats: Int32Array, n: number, good: number, bad: number, amount = 1): void {
    if (good === bad) return;
    const C = this.classes;
    const t = this.step;
    for (let f = 0; f < n; f++) {
      const o = this.rowOf(feats[f]) * C;
      this.w[o + good] += amount;
      this.u[o + good] += t * amount;
      this.w[o + bad] -= amount;
      this.u[o + bad] -= t * amount;
    }
  }

  private rowOf(key: number): number {
    let row = this.table.get(key);
    if (row >= 0) return row;
    row = this.rows++;
    this.table.set(key, row);
    if (row >= this.keysByRow.length) {
      const grown = new Int32Array(this.keysByRow.length * 2);
      grown.set(this.keysByRow);
      this.keysByRow = grown;
    }
    this.keysByRow[row] = key;
    const need = this.rows * this.classes;
    if (need > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    return row;
  }

  /** The averaged weights, keeping rows whose largest |weight| reaches minWeight. */
  averaged(minWeight = 0): { keys: Int32Array; weights: Float32Array } {
    const C = this.classes;
    const keysByRow = this.keysByRow;
    const keep: number[] = [];
    const avg = new Float32Array(this.rows * C);
    for (let r = 0; r < this.rows; r++) {
      let max = 0;
      for (let c = 0; c < C; c++) {
        const v = this.w[r * C + c] - this.u[r * C + c] / this.step;
        avg[r * C + c] = v;
        max = Math.max(max, Math.abs(v));
      }
      if (max > 0 && max >= minWeight) keep.push(r);
    }
    const keys = new Int32Array(keep.length);
    const weights = new Float32Array(keep.length * C);
    keep.forEach((r, i) => {
      keys[i] = keysByRow[r];
      weights.set(avg.subarray(r * C, r * C + C), i * C);
    });
    return { keys, weights };
  }
}

export function frozenModel(classes: number, keys: Int32Array, weights: Float32Array): LinearModel {
  return new LinearModel(classes, keys, weights);
}

/** Index of the highest score among classes allowed by `valid` (all when omitted). */
export function argmax(scores: Float32Array, classes: number, valid?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < classes; c++) {
    if (valid && !valid(c)) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
