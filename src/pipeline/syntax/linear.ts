// Multiclass linear models over hashed features: a frozen one for run time (feature hash → row
// of class weights, typed arrays only) and an averaged perceptron that trains it.
import { IntTable } from '../entities/hash.js';

/** Up to this many classes a slot holds all weights inline; beyond, only the non-zero ones, packed. */
const DENSE_CLASSES = 4;

/**
 * Frozen weights in an open-addressing table keyed by feature hash. With few classes (the
 * parser's three actions) a slot holds the key and its weights side by side: one memory access
 * per feature. With many (tags, relations) most of a row is zero, so a slot holds the key and
 * where its non-zero (class, weight) pairs start; each pair is 8 bytes, a row usually one cache line.
 */
export class LinearModel {
  private readonly slots: Int32Array;
  private readonly slotWeights: Float32Array;
  private readonly stride: number;
  private readonly mask: number;
  private readonly dense: boolean;
  /** Sparse rows: pairs of (class as int32, weight as float32) over one buffer. */
  private readonly pairClass: Int32Array;
  private readonly pairWeight: Float32Array;

  /** Number of feature rows. */
  readonly rows: number;

  /** keys: the feature hash of each row (non-zero); weights: keys.length rows of `classes` weights. */
  constructor(
    readonly classes: number,
    keys: Int32Array,
    weights: Float32Array,
  ) {
    this.rows = keys.length;
    let size = 1024;
    while (size < keys.length * 1.5) size <<= 1;
    this.mask = size - 1;
    this.dense = classes <= DENSE_CLASSES;
    this.stride = this.dense ? 1 + classes : 4;
    const buffer = new ArrayBuffer(size * this.stride * 4);
    this.slots = new Int32Array(buffer);
    this.slotWeights = new Float32Array(buffer);
    let pairs = 0;
    if (!this.dense) for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) pairs++;
    const pairBuffer = new ArrayBuffer(pairs * 8);
    this.pairClass = new Int32Array(pairBuffer);
    this.pairWeight = new Float32Array(pairBuffer);
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      let i = keys[r] & this.mask;
      while (this.slots[i * this.stride] !== 0) i = (i + 1) & this.mask;
      const o = i * this.stride;
      this.slots[o] = keys[r];
      if (this.dense) {
        this.slotWeights.set(weights.subarray(r * classes, (r + 1) * classes), o + 1);
        continue;
      }
      this.slots[o + 1] = next;
      for (let c = 0; c < classes; c++) {
        const w = weights[r * classes + c];
        if (w === 0) continue;
        this.pairClass[next * 2] = c;
        this.pairWeight[next * 2 + 1] = w;
        next++;
      }
      this.slots[o + 2] = next - this.slots[o + 1];
    }
  }

  /** Adds the weights of feats[0 .. n) to scores[0 .. classes) (scores is zeroed first). */
  score(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    const { slots, slotWeights, stride, mask, dense, pairClass, pairWeight } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      let o = (key & mask) * stride;
      let k = slots[o];
      while (k !== key && k !== 0) {
        o = o + stride === slots.length ? 0 : o + stride;
        k = slots[o];
      }
      if (k === 0) continue;
      if (dense) {
        for (let c = 0; c < C; c++) scores[c] += slotWeights[o + 1 + c];
      } else {
        const end = (slots[o + 1] + slots[o + 2]) * 2;
        for (let p = slots[o + 1] * 2; p < end; p += 2) scores[pairClass[p]] += pairWeight[p + 1];
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
