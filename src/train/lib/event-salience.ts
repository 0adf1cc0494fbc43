// The event-salience selector's training: each event the facts stage finds is labelled from a gold
// file (kept: it meets a required gold event of its type; dropped: it meets none, or only one of
// another type), a logistic regression over salienceFeatures learns which to keep, and
// leave-one-set-out scores it with the very scorer `eval gold` uses (scoreDocument).
import type { Analysis, EventRecord } from '../../types.js';
import type { GoldDocument } from '../../eval/lib/gold-format.js';
import { claimsNothing, eventOverlaps, matchEvents, prf, scoreDocument, type Tally } from '../../eval/lib/gold-match.js';
import { hashString } from '../../pipeline/hash.js';

/** good: meets a required gold event of its type; neutral: only an optional one; false: none; wrongType: none, but a required gold event of another type where it is; unrealised: negated, hypothetical or denied and unmatched (scored neither way). */
export type SalienceLabel = 'good' | 'neutral' | 'false' | 'wrongType' | 'unrealised';

/** One document as the selector trains and is scored on it: the gold, the text and sentences, the events and their features. */
export interface SalienceDocument {
  name: string;
  gold: GoldDocument;
  text: string;
  sentences: Array<{ start: number; end: number }>;
  events: EventRecord[];
  features: string[][];
  labels: SalienceLabel[];
}

export interface SalienceFold {
  name: string;
  docs: SalienceDocument[];
}

/** Events that claim nothing happened: unmatched, `eval gold` counts them neither way, so the selector never drops them. */
export { claimsNothing };

/** Each event's label against the gold, from the matching scoreDocument scores by (matchEvents). */
export function labelEvents(gold: GoldDocument, text: string, events: EventRecord[]): SalienceLabel[] {
  const labels: Array<SalienceLabel | null> = events.map(() => null);
  const missedSpans: Array<{ start: number; end: number }> = [];
  for (const m of matchEvents(gold.events, text, events)) {
    if (!m.span) continue;
    if (m.event < 0) {
      if (!m.gold.optional) missedSpans.push(m.span);
      continue;
    }
    labels[m.event] = m.gold.optional ? 'neutral' : 'good';
  }
  return events.map((e, i) => labels[i] ?? (claimsNothing(e) ? 'unrealised' : missedSpans.some((s) => eventOverlaps(e, s)) ? 'wrongType' : 'false'));
}

/** The events tally `eval gold` gives this document with only the kept events. */
export function scoreKept(d: SalienceDocument, keep: (i: number) => boolean): Tally {
  const events = d.events.filter((_, i) => keep(i));
  const a = { doc: { text: d.text }, segmentation: { sentences: d.sentences }, events, figures: [], quotes: [] } as unknown as Analysis;
  return scoreDocument({ ...d.gold, figures: [], quotes: [], boilerplate: [], mustNotExtract: [] }, a).events;
}

export function addTally(t: Tally, d: Tally): Tally {
  return { tp: t.tp + d.tp, fp: t.fp + d.fp, fn: t.fn + d.fn };
}

/** Seed of the feature hash (any fixed value: it only has to match between training and use). */
const FEATURE_SEED = 73;
export const salienceFeatureKey = (feature: string): number => hashString(feature, FEATURE_SEED);

/** A logistic model over hashed features: weight by key, and a bias inside as feature "b". */
export interface SalienceWeights {
  weights: Map<number, number>;
}

export interface TrainOptions {
  /** L2 penalty per example. */
  l2: number;
  epochs: number;
}

/** Training examples of the folds: kept (1) or dropped (0); neutral and unrealised events are left out. */
export function examples(folds: SalienceFold[]): Array<{ keys: number[]; y: number }> {
  const out: Array<{ keys: number[]; y: number }> = [];
  for (const f of folds)
    for (const d of f.docs)
      d.labels.forEach((l, i) => {
        if (l === 'good' || l === 'false' || l === 'wrongType') out.push({ keys: d.features[i].map(salienceFeatureKey), y: l === 'good' ? 1 : 0 });
      });
  return out;
}

/** Full-batch gradient descent on the L2-regularised log loss (deterministic: same data, same weights). */
export function trainLogistic(data: Array<{ keys: number[]; y: number }>, o: TrainOptions): SalienceWeights {
  const w = new Map<number, number>();
  for (const x of data) for (const k of x.keys) w.set(k, 0);
  const n = Math.max(1, data.length);
  const rate = 0.5;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const grad = new Map<number, number>();
    for (const x of data) {
      const p = sigmoid(x.keys.reduce((s, k) => s + (w.get(k) ?? 0), 0));
      for (const k of x.keys) grad.set(k, (grad.get(k) ?? 0) + (p - x.y));
    }
    for (const [k, v] of w) w.set(k, v - rate * ((grad.get(k) ?? 0) / n + o.l2 * v));
  }
  return { weights: w };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that a reader lists the event. */
export function keepProbability(m: SalienceWeights, features: string[]): number {
  let z = 0;
  for (const f of features) z += m.weights.get(salienceFeatureKey(f)) ?? 0;
  return sigmoid(z);
}

/** Events F1 (with P, R and the tally) of the folds when events scoring below the threshold are dropped. */
export function scoreFolds(folds: SalienceFold[], prob: (d: SalienceDocument, i: number) => number, threshold: number): ReturnType<typeof prf> {
  let t: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const f of folds) for (const d of f.docs) t = addTally(t, scoreKept(d, (i) => claimsNothing(d.events[i]) || prob(d, i) >= threshold));
  return prf(t);
}

export interface Choice {
  l2: number;
  threshold: number;
  /** Mean inner-fold F1 it was chosen by. */
  innerF1: number;
}

export const THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
export const L2S = [0.003, 0.01, 0.03, 0.1];
const EPOCHS = 300;

/** Penalty and threshold chosen by leave-one-fold-out inside the given folds (ties: the lower threshold, dropping fewer). */
export function chooseByInnerCv(folds: SalienceFold[], l2s = L2S, thresholds = THRESHOLDS): Choice {
  let best: Choice = { l2: l2s[0], threshold: 0, innerF1: -1 };
  for (const l2 of l2s) {
    const probs = folds.map((held, h) => {
      const m = trainLogistic(examples(folds.filter((_, j) => j !== h)), { l2, epochs: EPOCHS });
      return new Map(held.docs.map((d) => [d, d.features.map((f) => keepProbability(m, f))]));
    });
    for (const threshold of thresholds) {
      const f1 = folds.reduce((s, held, h) => s + scoreFolds([held], (d, i) => probs[h].get(d)![i], threshold).f1, 0) / folds.length;
      if (f1 > best.innerF1 + 1e-9) best = { l2, threshold, innerF1: f1 };
    }
  }
  return best;
}

export interface LosoRow {
  fold: string;
  choice: Choice;
  before: ReturnType<typeof prf>;
  after: ReturnType<typeof prf>;
  dropped: Record<SalienceLabel, number>;
}

/** Leave-one-set-out: each fold scored by a model trained, and chosen, on the others only. */
export function leaveOneSetOut(folds: SalienceFold[]): { rows: LosoRow[]; meanBefore: number; meanAfter: number } {
  const rows = folds.map((held, h) => {
    const rest = folds.filter((_, j) => j !== h);
    const choice = chooseByInnerCv(rest);
    const m = trainLogistic(examples(rest), { l2: choice.l2, epochs: EPOCHS });
    const prob = (d: SalienceDocument, i: number) => keepProbability(m, d.features[i]);
    const dropped: Record<SalienceLabel, number> = { good: 0, neutral: 0, false: 0, wrongType: 0, unrealised: 0 };
    for (const d of held.docs) d.labels.forEach((l, i) => { if (!claimsNothing(d.events[i]) && prob(d, i) < choice.threshold) dropped[l]++; });
    return { fold: held.name, choice, before: scoreFolds([held], () => 1, 0), after: scoreFolds([held], prob, choice.threshold), dropped };
  });
  const mean = (k: 'before' | 'after') => Math.round((rows.reduce((s, r) => s + r[k].f1, 0) / rows.length) * 1000) / 1000;
  return { rows, meanBefore: mean('before'), meanAfter: mean('after') };
}

/**
 * What the approach could give at best, for judging a LOSO result: the mean F1 change of a perfect
 * selector (every false and wrong-type event dropped, nothing else), and of each fixed penalty and
 * threshold applied to every fold's LOSO probabilities. The latter is chosen looking at the scored
 * folds, so it is a ceiling, never a result.
 */
export function losoCeilings(folds: SalienceFold[]): { perfectSelector: number; fixedSettings: Array<{ l2: number; threshold: number; meanChange: number; foldChanges: number[] }> } {
  const r = (x: number) => Math.round(x * 10000) / 10000;
  const before = folds.map((f) => scoreFolds([f], () => 1, 0).f1);
  const perfect = folds.map((f, h) => scoreFolds([f], (d, i) => (d.labels[i] === 'false' || d.labels[i] === 'wrongType' ? 0 : 1), 0.5).f1 - before[h]);
  const fixedSettings = L2S.flatMap((l2) => {
    const models = folds.map((_, h) => trainLogistic(examples(folds.filter((__, j) => j !== h)), { l2, epochs: EPOCHS }));
    return THRESHOLDS.slice(1).map((threshold) => {
      const foldChanges = folds.map((f, h) => r(scoreFolds([f], (d, i) => keepProbability(models[h], d.features[i]), threshold).f1 - before[h]));
      return { l2, threshold, meanChange: r(foldChanges.reduce((s, x) => s + x, 0) / folds.length), foldChanges };
    });
  });
  return { perfectSelector: r(perfect.reduce((s, x) => s + x, 0) / folds.length), fixedSettings };
}
