// Trains the cue-candidate classifier (see pipeline/facts/quotes/candidates.ts): an averaged
// binary perceptron over the candidates of each training article, taken with the margins and
// cue masks of a cue tagger that did not see that article (two-fold), so that what it learns
// from looks like what it meets at run time. The threshold is chosen on dev for cue F1.
import { CANDIDATE_TABLE_BITS, acceptedCandidates, candidateScore, cueCandidates, type CandidateClassifier, type CueCandidate } from '../../pipeline/facts/quotes/candidates.js';
import type { LinearSequenceModel } from '../../pipeline/facts/quotes/linear.js';
import { cueMaskOf, tagCues } from '../../pipeline/facts/quotes/attribute.js';
import { seededRandom, shuffleInPlace } from '../../seeded-random.js';
import type { PreparedArticle } from './attribution-perceptron.js';

export interface CandidateSet {
  article: PreparedArticle;
  candidates: CueCandidate[];
  /** Per candidate: its span is exactly a gold cue's. */
  gold: boolean[];
  /** Cue-tagger chunks of the article scored against gold: tp, fp, fn (exact spans). */
  tagger: { tp: number; fp: number; fn: number };
}

/** The candidates of an article under cue tagger `cue`, each labelled against the gold cues. */
export function candidateSet(a: PreparedArticle, cue: LinearSequenceModel): CandidateSet {
  const v = a.view;
  const margins = new Float32Array(v.tokens.length);
  const cues = tagCues(v, { cue, role: cue, usesSyntax: !!v.syntax, info: {} }, a.hashes, margins);
  const goldKeys = new Set(a.windows.map((w) => `${w.c0}:${w.c1}`));
  const found = new Set(cues.map((c) => `${c.from}:${c.to}`));
  let tp = 0;
  for (const k of found) if (goldKeys.has(k)) tp++;
  const candidates = cueCandidates(v, cueMaskOf(v.tokens.length, cues), margins);
  return {
    article: a,
    candidates,
    gold: candidates.map((c) => goldKeys.has(`${c.from}:${c.to}`)),
    tagger: { tp, fp: found.size - tp, fn: goldKeys.size - tp },
  };
}

/** Averaged perceptron over candidates, one decision each. */
export function trainCandidateWeights(sets: CandidateSet[], epochs: number, seed: number): Float32Array {
  const size = 1 << CANDIDATE_TABLE_BITS;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  let c = 1;
  const examples = sets.flatMap((s) => s.candidates.map((cand, k) => ({ f: cand.features, y: s.gold[k] ? 1 : -1 })));
  const order = examples.map((_, i) => i);
  const rand = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const i of order) {
      const { f, y } = examples[i];
      let s = 0;
      for (let k = 0; k < f.length; k++) s += w[f[k]];
      if (y * s <= 0) {
        for (let k = 0; k < f.length; k++) {
          w[f[k]] += y;
          u[f[k]] += y * c;
        }
      }
      c++;
    }
  }
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) out[i] = w[i] - u[i] / c;
  return out;
}

/** Exact cue counts of the tagger's cues plus the candidates classifier c takes. */
export function cueCounts(sets: CandidateSet[], c: CandidateClassifier): { tp: number; fp: number; fn: number; added: number; right: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let added = 0;
  let right = 0;
  for (const s of sets) {
    tp += s.tagger.tp;
    fp += s.tagger.fp;
    fn += s.tagger.fn;
    const goldKeys = new Set(s.candidates.filter((_, k) => s.gold[k]).map((x) => `${x.from}:${x.to}`));
    for (const a of acceptedCandidates(c, s.candidates)) {
      added++;
      if (goldKeys.has(`${a.from}:${a.to}`)) {
        right++;
        tp++;
        fn--;
      } else fp++;
    }
  }
  return { tp, fp, fn, added, right };
}

/**
 * The threshold best for cue F1 on `sets` (each scored by the weights given for it), swept over
 * the scores of the best-scoring candidates; +Infinity (take nothing) when none helps.
 */
export function chooseThreshold(sets: Array<{ set: CandidateSet; weights: Float32Array }>, log: (msg: string) => void): number {
  const scores = sets.flatMap(({ set, weights }) => set.candidates.map((c) => candidateScore({ weights, threshold: 0 }, c.features)));
  scores.sort((a, b) => b - a);
  const f1At = (threshold: number) => {
    const totals = { tp: 0, fp: 0, fn: 0, added: 0, right: 0 };
    for (const { set, weights } of sets) {
      const r = cueCounts([set], { weights, threshold });
      totals.tp += r.tp;
      totals.fp += r.fp;
      totals.fn += r.fn;
      totals.added += r.added;
      totals.right += r.right;
    }
    return { ...totals, f1: totals.tp ? (2 * totals.tp) / (2 * totals.tp + totals.fp + totals.fn) : 0 };
  };
  let best = { threshold: Infinity, f1: f1At(Infinity).f1 };
  log(`candidates: cue F1 without them ${best.f1.toFixed(4)}`);
  const step = Math.max(1, Math.round(scores.length / 2000));
  for (let k = step; k <= Math.min(scores.length, 60 * step * 10); k += step) {
    const threshold = scores[k - 1] - 1e-6;
    const r = f1At(threshold);
    if (r.f1 > best.f1) {
      best = { threshold, f1: r.f1 };
      log(`candidates: threshold ${threshold.toFixed(3)} takes ${r.added}, ${r.right} right: cue F1 ${r.f1.toFixed(4)}`);
    }
  }
  return best.threshold;
}

/**
 * The classifier from two folds of train (each fold's candidates read with the cue tagger of
 * the other fold): one perceptron per fold, their average as the model, and the threshold best
 * on each fold's candidates scored by the other fold's perceptron (dev stays unseen). Null when
 * no threshold raises cue F1 there.
 */
export function trainCandidateClassifier(folds: [CandidateSet[], CandidateSet[]], epochs: number, seed: number, log: (msg: string) => void): CandidateClassifier | null {
  const perFold = folds.map((f) => trainCandidateWeights(f, epochs, seed));
  const weights = new Float32Array(perFold[0].length);
  for (let i = 0; i < weights.length; i++) weights[i] = (perFold[0][i] + perFold[1][i]) / 2;
  const heldOut = folds.flatMap((f, k) => f.map((set) => ({ set, weights: perFold[1 - k] })));
  const threshold = chooseThreshold(heldOut, log);
  return Number.isFinite(threshold) ? { weights, threshold } : null;
}
