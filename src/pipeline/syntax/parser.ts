// Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with the root at the end of the
// buffer (Ballesteros & Nivre 2013), an averaged perceptron over Zhang & Nivre (2011) style
// features, trained with Goldberg & Nivre's (2013) dynamic oracle. It builds unlabelled
// trees; labeller.ts names the relations afterwards.
import { f1, f2, f3, f4 } from './hashing.js';
import { hashString } from '../hash.js';
import { CLUSTER_LEVELS, PAD, type EncodedWords } from './lexical.js';
import { type LinearModel, type PerceptronTrainer } from './linear.js';
import { TAG_NONE, TAG_ROOT } from './upos.js';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const NUM_ACTIONS = 3;
export const PARSER_FEATURES = 64;

const NONE_WORD = hashString('<none>', 3);
const ROOT_WORD = hashString('<root>', 3);

/** A parser configuration: stack, buffer front, partial tree and child bookkeeping. */
export class ParseState {
  n = 0;
  stack = new Int32Array(64);
  sp = 0;
  /** Front of the buffer; the buffer is b .. n, where n is the artificial root. */
  b = 0;
  heads = new Int32Array(64);
  left1 = new Int32Array(64);
  left2 = new Int32Array(64);
  right1 = new Int32Array(64);
  right2 = new Int32Array(64);
  leftCount = new Int32Array(64);
  rightCount = new Int32Array(64);
  /** Feature values of node x at x + 1: 0 is "no word", n + 1 the root. */
  nodeWord = new Int32Array(64);
  nodeTag = new Int32Array(64);
  nodeCluster = new Int32Array(64);

  /** Starts a sentence: empty stack, every word in the buffer, feature values looked up once. */
  prepare(enc: EncodedWords, tags: Uint8Array): void {
    const n = enc.n;
    this.reset(n);
    this.nodeWord[0] = NONE_WORD;
    this.nodeTag[0] = TAG_NONE;
    this.nodeCluster[0] = -1;
    for (let i = 0; i < n; i++) {
      this.nodeWord[i + 1] = enc.norm[i + PAD];
      this.nodeTag[i + 1] = tags[i];
      this.nodeCluster[i + 1] = enc.cluster[(i + PAD) * CLUSTER_LEVELS + 1];
    }
    this.nodeWord[n + 1] = ROOT_WORD;
    this.nodeTag[n + 1] = TAG_ROOT;
    this.nodeCluster[n + 1] = -1;
  }

  reset(n: number): void {
    if (this.stack.length < n + 2) {
      const size = (n + 2) * 2;
      this.nodeWord = new Int32Array(size + 1);
      this.nodeTag = new Int32Array(size + 1);
      this.nodeCluster = new Int32Array(size + 1);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.left1 = new Int32Array(size);
      this.left2 = new Int32Array(size);
      this.right1 = new Int32Array(size);
      this.right2 = new Int32Array(size);
      this.leftCount = new Int32Array(size);
      this.rightCount = new Int32Array(size);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    for (let i = 0; i <= n; i++) {
      this.heads[i] = -2;
      this.left1[i] = this.left2[i] = this.right1[i] = this.right2[i] = -1;
      this.leftCount[i] = this.rightCount[i] = 0;
    }
  }

  done(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  /**
   * The one valid action when there is no choice, else -1: SHIFT on an empty stack, and once
   * only the root is left in the buffer, LEFT onto it for the last word and RIGHT before that.
   */
  forced(): number {
    if (this.sp === 0) return SHIFT;
    if (this.b < this.n) return -1;
    return this.sp === 1 ? LEFT : RIGHT;
  }

  valid(action: number): boolean {
    if (action === SHIFT) return this.b < this.n;
    if (action === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  apply(action: number): void {
    if (action === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const dep = this.stack[--this.sp];
    const head = action === LEFT ? this.b : this.stack[this.sp - 1];
    this.heads[dep] = head === this.n ? -1 : head;
    if (dep < head) {
      this.left2[head] = this.left1[head];
      this.left1[head] = dep;
      this.leftCount[head]++;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = dep;
      this.rightCount[head]++;
    }
  }

  /**
   * Dynamic-oracle cost of an action: gold arcs it makes unreachable (gold[i] is word i's
   * head, n for the root).
   */
  cost(action: number, gold: Int32Array): number {
    const { stack, sp, b, n } = this;
    let cost = 0;
    if (action === SHIFT) {
      const g = gold[b];
      for (let k = 0; k < sp; k++) {
        const s = stack[k];
        if (gold[s] === b) cost++;
        if (k < sp - 1 && g === s) cost++;
      }
      return cost;
    }
    const s0 = stack[sp - 1];
    const g = gold[s0];
    for (let k = b; k < n; k++) if (gold[k] === s0) cost++;
    if (action === LEFT) {
      if (g !== b && ((sp >= 2 && g === stack[sp - 2]) || g > b)) cost++;
    } else if (g >= b) cost++;
    return cost;
  }
}

function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/** Writes the features of a configuration and returns their count. */
export function parserFeatures(st: ParseState, feats: Int32Array): number {
  const { stack, sp, b, n, left1, left2, right1, right2, leftCount, rightCount, nodeWord, nodeTag, nodeCluster } = st;
  // node x's values sit at x + 1, so "no word" (-1) reads slot 0
  const s0 = sp >= 1 ? stack[sp - 1] : -1;
  const s1 = sp >= 2 ? stack[sp - 2] : -1;
  const s2 = sp >= 3 ? stack[sp - 3] : -1;
  const b0 = b;
  const b1 = b + 1 <= n ? b + 1 : -1;
  const b2 = b + 2 <= n ? b + 2 : -1;
  const s0l = s0 < 0 ? -1 : left1[s0], s0l2 = s0 < 0 ? -1 : left2[s0];
  const s0r = s0 < 0 ? -1 : right1[s0], s0r2 = s0 < 0 ? -1 : right2[s0];
  const s1l = s1 < 0 ? -1 : left1[s1], s1r = s1 < 0 ? -1 : right1[s1], s1r2 = s1 < 0 ? -1 : right2[s1];
  const b0l = left1[b0], b0l2 = left2[b0];

  const s0w = nodeWord[s0 + 1], s0t = nodeTag[s0 + 1], s1w = nodeWord[s1 + 1], s1t = nodeTag[s1 + 1], s2t = nodeTag[s2 + 1];
  const b0w = nodeWord[b0 + 1], b0t = nodeTag[b0 + 1], b1w = nodeWord[b1 + 1], b1t = nodeTag[b1 + 1], b2w = nodeWord[b2 + 1], b2t = nodeTag[b2 + 1];
  const s0lt = nodeTag[s0l + 1], s0rt = nodeTag[s0r + 1], s1lt = nodeTag[s1l + 1], s1rt = nodeTag[s1r + 1], b0lt = nodeTag[b0l + 1];
  const s0c = nodeCluster[s0 + 1], s1c = nodeCluster[s1 + 1], b0c = nodeCluster[b0 + 1], b1c = nodeCluster[b1 + 1];
  const dist = s0 < 0 ? 0 : b0 === n ? 8 : distanceBucket(b0 - s0);
  const dist10 = s1 < 0 ? 0 : distanceBucket(s0 - s1);
  const s0vr = s0 < 0 ? 0 : rightCount[s0];
  const s1vl = s1 < 0 ? 0 : leftCount[s1], s1vr = s1 < 0 ? 0 : rightCount[s1];
  const b0vl = leftCount[b0];
  const W = (x: number) => nodeWord[x + 1];
  const T = (x: number) => nodeTag[x + 1];
  let k = 0;
  // single words
  feats[k++] = f1(0, 1);
  feats[k++] = f1(2, s0t);
  feats[k++] = f2(3, s0w, s0t);
  feats[k++] = f1(5, b0t);
  feats[k++] = f2(6, b0w, b0t);
  feats[k++] = f1(7, b1w);
  feats[k++] = f1(8, b1t);
  feats[k++] = f2(9, b1w, b1t);
  feats[k++] = f1(10, b2w);
  feats[k++] = f1(11, b2t);
  feats[k++] = f1(13, s1t);
  feats[k++] = f1(15, s2t);
  feats[k++] = f1(16, s0c);
  feats[k++] = f1(19, b1c);
  // pairs
  feats[k++] = f4(20, s0w, s0t, b0w, b0t);
  feats[k++] = f3(23, s0w, s0t, b0t);
  feats[k++] = f2(25, s0w, b0w);
  feats[k++] = f2(26, s0t, b0t);
  feats[k++] = f2(27, b0t, b1t);
  feats[k++] = f4(28, s1w, s1t, s0w, s0t);
  feats[k++] = f2(31, s1w, s0w);
  feats[k++] = f2(32, s1t, s0t);
  feats[k++] = f2(33, s0c, b0c);
  feats[k++] = f2(35, s0c, b0t);
  feats[k++] = f2(37, s1c, s0t);
  // triples of tags
  feats[k++] = f3(39, b0t, b1t, b2t);
  feats[k++] = f3(40, s0t, b0t, b1t);
  feats[k++] = f3(41, s1t, s0t, b0t);
  feats[k++] = f3(42, s0t, s0lt, b0t);
  feats[k++] = f3(43, s0t, s0rt, b0t);
  feats[k++] = f3(44, s0t, b0t, b0lt);
  feats[k++] = f3(45, s1t, s0t, s0lt);
  feats[k++] = f3(46, s1t, s0t, s0rt);
  feats[k++] = f3(48, s1t, s1lt, s0t);
  feats[k++] = f3(50, s1t, s0t, b1t);
  // distance
  feats[k++] = f2(51, s0w, dist);
  feats[k++] = f2(52, s0t, dist);
  feats[k++] = f2(54, b0t, dist);
  feats[k++] = f3(56, s0t, b0t, dist);
  feats[k++] = f3(57, s1t, s0t, dist10);
  feats[k++] = f3(58, s1w, s0t, dist10);
  // valency
  feats[k++] = f2(60, s0w, s0vr);
  feats[k++] = f2(65, b0t, b0vl);
  feats[k++] = f2(67, s1t, s1vr);
  feats[k++] = f2(68, s1t, s1vl);
  // children
  feats[k++] = f1(69, W(s0l));
  feats[k++] = f1(70, s0lt);
  feats[k++] = f1(71, W(s0r));
  feats[k++] = f1(72, s0rt);
  feats[k++] = f1(73, W(b0l));
  feats[k++] = f1(74, b0lt);
  feats[k++] = f1(76, s1lt);
  feats[k++] = f1(79, T(s0l2));
  feats[k++] = f1(80, T(s0r2));
  feats[k++] = f1(81, T(b0l2));
  feats[k++] = f3(84, b0t, b0lt, T(b0l2));
  feats[k++] = f3(85, s1t, s1rt, T(s1r2));
  feats[k++] = f3(89, s0w, b0t, b1t);
  return k;
}

const scratchFeats = new Int32Array(PARSER_FEATURES);
const scratchScores = new Float32Array(NUM_ACTIONS);
const scratchState = new ParseState();

function bestValid(st: ParseState, scores: Float32Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let a = 0; a < NUM_ACTIONS; a++) {
    if (st.valid(a) && scores[a] > bestScore) {
      bestScore = scores[a];
      best = a;
    }
  }
  return best;
}

/** Parses one tagged sentence; returns heads (-1 for the root). */
export function parseSentence(model: LinearModel, enc: EncodedWords, tags: Uint8Array): Int32Array {
  const st = scratchState;
  st.prepare(enc, tags);
  while (!st.done()) {
    // a forced action needs no scores (they are finite, so bestValid would pick it too): 8.9% of
    // the transitions over 500 Reuters articles
    const forced = st.forced();
    if (forced >= 0) {
      st.apply(forced);
      continue;
    }
    const nf = parserFeatures(st, scratchFeats);
    model.score(scratchFeats, nf, scratchScores);
    st.apply(bestValid(st, scratchScores));
  }
  return st.heads.slice(0, enc.n);
}

const costs = new Int32Array(NUM_ACTIONS);

/**
 * One training pass over a sentence with the dynamic oracle. gold[i] = head of word i, n for
 * the root. With probability `explore` a wrong prediction is followed (learning to recover).
 */
export function trainParserSentence(trainer: PerceptronTrainer, enc: EncodedWords, tags: Uint8Array, gold: Int32Array, explore: number, random: () => number): void {
  const st = scratchState;
  st.prepare(enc, tags);
  while (!st.done()) {
    const nf = parserFeatures(st, scratchFeats);
    trainer.score(scratchFeats, nf, scratchScores);
    const guess = bestValid(st, scratchScores);
    let minCost = Infinity;
    for (let a = 0; a < NUM_ACTIONS; a++) {
      costs[a] = st.valid(a) ? st.cost(a, gold) : 1 << 30;
      if (costs[a] < minCost) minCost = costs[a];
    }
    let best = -1;
    let bestScore = -Infinity;
    for (let a = 0; a < NUM_ACTIONS; a++) {
      if (costs[a] === minCost && scratchScores[a] > bestScore) {
        bestScore = scratchScores[a];
        best = a;
      }
    }
    if (costs[guess] > minCost) trainer.update(scratchFeats, nf, best, guess);
    trainer.tick();
    st.apply(costs[guess] > minCost && random() >= explore ? best : guess);
  }
}
