// Trains the attribution model (averaged structured perceptron, Collins 2002, with lazy
// averaging): the cue tagger over sentences, the role tagger over a window around each gold
// cue. Each keeps the epoch best on dev. Shuffling uses a fixed seed, so a run is reproducible.
import type { Syntax } from '../../types.js';
import { segment } from '../../pipeline/segment/index.js';
import { cueFeatures, roleFeatures, roleWindow, tokenHashes, type TokenHashes } from '../../pipeline/facts/quotes/features.js';
import { LinearSequenceModel, type FeatureRows } from '../../pipeline/facts/quotes/linear.js';
import { newAttributionModel, type AttributionModel } from '../../pipeline/facts/quotes/model.js';
import { attributionTokens, type AttributionTokens } from '../../pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../pipeline/segment/line-paragraphs.js';
import { cueMaskOf, findAttributions, tagCues, toSpans } from '../../pipeline/facts/quotes/attribute.js';
import { seededRandom, shuffleInPlace } from '../../seeded-random.js';
import type { AnnotatedArticle, RoleSpan } from './polnear.js';
import { AttributionScorer, type AttributionFigures } from './attribution-score.js';
import { candidateSet, trainCandidateClassifier, type CandidateSet } from './attribution-candidates.js';

/** Passes of the cue-candidate perceptron (3–10 measured alike on dev). */
const CANDIDATE_EPOCHS = 6;

export interface PreparedArticle {
  article: AnnotatedArticle;
  view: AttributionTokens;
  hashes: TokenHashes;
  /** Gold cue tags per token (0 O, 1 B, 2 I). */
  cueTags: Uint8Array;
  cueMask: Uint8Array;
  /** One per gold relation with a cue: its cue tokens and gold role tags over its window. */
  windows: Array<{ c0: number; c1: number; from: number; to: number; tags: Uint8Array }>;
}

/** Tokens a span covers, as a [from, to) range over the view's tokens (−1 when none). */
function tokenRange(v: AttributionTokens, pieces: RoleSpan['pieces']): { from: number; to: number } {
  let from = -1;
  let to = -1;
  for (const p of pieces) {
    for (let i = firstEndingAfter(v, p.start); i < v.tokens.length && v.tokens[i].start < p.end; i++) {
      if (from < 0 || i < from) from = i;
      if (i + 1 > to) to = i + 1;
    }
  }
  return { from, to };
}

function firstEndingAfter(v: AttributionTokens, offset: number): number {
  let lo = 0;
  let hi = v.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function markBio(tags: Uint8Array, offset: number, v: AttributionTokens, pieces: RoleSpan['pieces'], b: number, from: number, to: number, keep: boolean): void {
  for (const p of pieces) {
    let first = true;
    for (let i = firstEndingAfter(v, p.start); i < v.tokens.length && v.tokens[i].start < p.end; i++) {
      if (i < from || i >= to) continue;
      const k = i - offset;
      if (keep && tags[k] !== 0) { first = false; continue; }
      tags[k] = first ? b : b + 1;
      first = false;
    }
  }
}

import type { ParseFn } from './attribution-parse.js';
export type { ParseFn };

export function prepareArticle(article: AnnotatedArticle, parse?: ParseFn): PreparedArticle {
  const seg = segment(article.text);
  const syntax = parse ? parse(article.text, seg) : null;
  const view = attributionTokens(article.text, seg, lineParagraphs(article.text), syntax);
  const n = view.tokens.length;
  const cueTags = new Uint8Array(n);
  const windows: PreparedArticle['windows'] = [];
  for (const r of article.relations) if (r.cue) markBio(cueTags, 0, view, r.cue.pieces, 1, 0, n, true);
  const cueMask = new Uint8Array(n);
  for (let i = 0; i < n; i++) cueMask[i] = cueTags[i] ? 1 : 0;
  for (const r of article.relations) {
    if (!r.cue) continue;
    const c = tokenRange(view, r.cue.pieces);
    if (c.from < 0) continue;
    const win = roleWindow(view, c.from);
    const tags = new Uint8Array(win.to - win.from);
    if (r.source) markBio(tags, win.from, view, r.source.pieces, 1, win.from, win.to, false);
    for (const content of r.contents) markBio(tags, win.from, view, content.pieces, 3, win.from, win.to, true);
    // the cue's own tokens are never source or content
    tags.fill(0, c.from - win.from, c.to - win.from);
    windows.push({ c0: c.from, c1: c.to, from: win.from, to: win.to, tags: fixBio(tags) });
  }
  return { article, view, hashes: tokenHashes(view), cueTags, cueMask, windows };
}

/** An I after something else of another role becomes a B (after cutting the cue out, or overlaps). */
function fixBio(tags: Uint8Array): Uint8Array {
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k];
    if (t !== 0 && t % 2 === 0 && (k === 0 || (tags[k - 1] !== t && tags[k - 1] !== t - 1))) tags[k] = t - 1;
  }
  return tags;
}

/** Averaged-perceptron updates for one LinearSequenceModel. */
class Averager {
  private u = new Float64Array(0);
  private tu: Float64Array;
  c = 1;
  constructor(readonly m: LinearSequenceModel) {
    this.tu = new Float64Array(m.trans.length);
  }

  update(f: FeatureRows, n: number, gold: Uint8Array, pred: Uint8Array): void {
    const T = this.m.tags;
    let wrong = false;
    for (let k = 0; k < n; k++) if (gold[k] !== pred[k]) { wrong = true; break; }
    if (wrong) {
      for (let k = 0; k < n; k++) {
        const g = gold[k];
        const p = pred[k];
        if (g !== p) {
          for (let j = f.offsets[k]; j < f.offsets[k + 1]; j++) {
            const r = this.m.intern(f.hashes[j]);
            this.ensure();
            const o = r * T;
            this.m.weights[o + g] += 1;
            this.u[o + g] += this.c;
            this.m.weights[o + p] -= 1;
            this.u[o + p] -= this.c;
          }
        }
        const gp = k === 0 ? T : gold[k - 1];
        const pp = k === 0 ? T : pred[k - 1];
        if (gp !== pp || g !== p) {
          this.bumpTrans(gp * T + g, 1);
          this.bumpTrans(pp * T + p, -1);
        }
      }
    }
    this.c++;
  }

  private bumpTrans(i: number, d: number): void {
    this.m.trans[i] += d;
    this.tu[i] += this.c * d;
  }

  private ensure(): void {
    if (this.u.length < this.m.weights.length) {
      const grown = new Float64Array(this.m.weights.length);
      grown.set(this.u);
      this.u = grown;
    }
  }

  averaged(): LinearSequenceModel {
    const T = this.m.tags;
    const n = this.m.rows * T;
    const w = new Float32Array(n);
    for (let i = 0; i < n; i++) w[i] = this.m.weights[i] - this.u[i] / this.c;
    const tr = new Float32Array(this.m.trans.length);
    for (let i = 0; i < tr.length; i++) tr[i] = this.m.trans[i] - this.tu[i] / this.c;
    return this.m.withWeights(w, tr);
  }
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  usesSyntax: boolean;
  /** The role tagger learns from predicted cue masks, not gold ones. */
  predictedCueMasks: boolean;
  /** Also train the classifier of cue candidates from the parse (see quotes/candidates.ts). */
  cueCandidates?: boolean;
  /** Epochs and the cue bias chosen by two-fold cross-validation over train (even and odd articles), not on dev. */
  trainCv?: boolean;
  log: (msg: string) => void;
}

export interface TrainResult {
  model: AttributionModel;
  cueEpoch: number;
  roleEpoch: number;
  cueBias: number;
  dev: (AttributionFigures & { quoted: AttributionFigures }) | null;
}

export function trainAttribution(train: PreparedArticle[], dev: PreparedArticle[], opts: TrainOptions): TrainResult {
  const halves = [train.filter((_, i) => i % 2 === 0), train.filter((_, i) => i % 2 === 1)];
  // with trainCv, foldCues[k] is the cue tagger trained on halves[k] at the chosen epoch
  const cv = opts.trainCv ? cueSettingsByCv(halves, opts) : null;
  const cueRun = trainCueTagger(train, cv ? [] : dev, cv ? cv.epoch : opts.epochs, opts.seed, opts.usesSyntax, cv ? () => {} : opts.log);
  const cueModel = cueRun.cue;
  // the perceptron finds too few cues: a bias towards B-cue, chosen on dev (or train-CV)
  let cueBias = cv ? cv.bias : 0;
  if (!cv && dev.length) {
    let bestF1 = cueRun.f1;
    for (const b of DEV_CUE_BIASES) {
      cueModel.bias[1] = b;
      const f = cueScore(dev, cueModel);
      opts.log(`cue bias ${b}: dev cue F1 ${f.toFixed(4)}`);
      if (f > bestF1) {
        bestF1 = f;
        cueBias = b;
      }
    }
  }
  cueModel.bias[1] = cueBias;
  // At run time the role tagger sees the cues the cue tagger found, not the gold ones: it learns
  // from cues predicted the same way (on each half of train by a tagger trained on the other half).
  const roleMasks = new Map<PreparedArticle, Uint8Array>();
  const candidateFolds: [CandidateSet[], CandidateSet[]] = [[], []];
  if (opts.predictedCueMasks || opts.cueCandidates) {
    for (let k = 0; k < 2; k++) {
      // the same tagger the CV trained on the other half (training is deterministic), else trained here
      const other = cv ? cv.foldCues[1 - k] : trainCueTagger(halves[1 - k], [], cueRun.epoch, opts.seed, opts.usesSyntax, () => {}).cue;
      other.bias[1] = cueBias;
      for (const a of halves[k]) {
        if (opts.predictedCueMasks) roleMasks.set(a, predictedCueMask(a, other));
        if (opts.cueCandidates) candidateFolds[k].push(candidateSet(a, other));
      }
    }
  }
  if (opts.predictedCueMasks) {
    for (const a of dev) roleMasks.set(a, predictedCueMask(a, cueModel));
    opts.log('role tagger: cue masks predicted (train: two-fold)');
  }
  const candidates = opts.cueCandidates ? trainCandidateClassifier(candidateFolds, CANDIDATE_EPOCHS, opts.seed, opts.log) : null;
  if (opts.cueCandidates) opts.log(candidates ? `cue candidates: taken above ${candidates.threshold.toFixed(3)}` : 'cue candidates: none raises cue F1 on held-out train; left out');
  const maskOf = (a: PreparedArticle) => roleMasks.get(a) ?? a.cueMask;
  // a holder, not a `let`: the closures below assign it, which control flow analysis would not see
  const best: { role: RoleChoice | null } = { role: null };
  if (opts.trainCv) {
    // the role tagger's epoch: best on each half when trained on the other, pooled
    const pooled = Array.from({ length: opts.epochs + 1 }, () => [0, 0, 0]);
    for (let k = 0; k < 2; k++)
      trainRoleTagger(halves[k], maskOf, opts.epochs, opts.seed, opts.usesSyntax, (epoch, role) => addCounts(pooled[epoch], roleCounts(halves[1 - k], role, maskOf)));
    let epoch = 1;
    for (let e = 1; e <= opts.epochs; e++) {
      opts.log(`role epoch ${e}: train-CV source+content F1 on gold cues ${countsF1(pooled[e]).toFixed(4)}`);
      if (countsF1(pooled[e]) > countsF1(pooled[epoch])) epoch = e;
    }
    trainRoleTagger(train, maskOf, epoch, opts.seed, opts.usesSyntax, (e, role) => {
      if (e === epoch) best.role = { role, f1: countsF1(pooled[e]), epoch };
    });
  } else {
    trainRoleTagger(train, maskOf, opts.epochs, opts.seed, opts.usesSyntax, (epoch, role) => {
      const roleF1 = dev.length ? countsF1(roleCounts(dev, role, maskOf)) : epoch;
      opts.log(`role epoch ${epoch}: dev source+content F1 on gold cues ${roleF1.toFixed(4)}`);
      if (!best.role || roleF1 > best.role.f1) best.role = { role, f1: roleF1, epoch };
    });
  }
  const chosen = best.role;
  if (!chosen) throw new Error('no epochs run');
  const model: AttributionModel = { cue: cueModel, role: chosen.role, usesSyntax: opts.usesSyntax, info: {}, ...(candidates ? { candidates } : {}) };
  return { model, cueEpoch: cueRun.epoch, roleEpoch: chosen.epoch, cueBias, dev: dev.length ? evaluate(dev, model) : null };
}

/** The role tagger kept: its averaged weights, the F1 it was chosen by and its epoch. */
interface RoleChoice {
  role: LinearSequenceModel;
  f1: number;
  epoch: number;
}

/** Biases towards starting a cue tried on --dev (no bias is the baseline each must beat). */
export const DEV_CUE_BIASES = [0.5, 1, 2, 3, 4, 6, 8];

/** Biases towards starting a cue tried when choosing on train-CV (the perceptron alone finds too few). */
export const CV_CUE_BIASES = [0, 1, 2, 3, 4, 6, 8, 10, 12, 16];

/**
 * The cue tagger's epoch and bias chosen on train alone: each half tagged by a tagger trained
 * on the other, held-out counts pooled; the epoch at bias 0 first, then the bias at that epoch
 * (as the dev choice does). Returns the two fold taggers of that epoch for the role masks.
 */
function cueSettingsByCv(halves: PreparedArticle[][], opts: TrainOptions): { epoch: number; bias: number; foldCues: LinearSequenceModel[] } {
  const perEpoch = Array.from({ length: opts.epochs + 1 }, () => [0, 0, 0]);
  const models: LinearSequenceModel[][] = [[], []];
  for (let k = 0; k < 2; k++)
    trainCueTagger(halves[k], [], opts.epochs, opts.seed, opts.usesSyntax, () => {}, (epoch, cue) => {
      models[k][epoch] = cue;
      addCounts(perEpoch[epoch], cueCounts(halves[1 - k], cue));
    });
  let epoch = 1;
  for (let e = 1; e <= opts.epochs; e++) {
    opts.log(`cue epoch ${e}: train-CV cue F1 ${countsF1(perEpoch[e]).toFixed(4)}`);
    if (countsF1(perEpoch[e]) > countsF1(perEpoch[epoch])) epoch = e;
  }
  let bias = 0;
  let bestF1 = -1;
  for (const b of CV_CUE_BIASES) {
    const c = [0, 0, 0];
    for (let k = 0; k < 2; k++) {
      models[k][epoch].bias[1] = b;
      addCounts(c, cueCounts(halves[1 - k], models[k][epoch]));
    }
    opts.log(`cue bias ${b}: train-CV cue F1 ${countsF1(c).toFixed(4)}`);
    if (countsF1(c) > bestF1) {
      bestF1 = countsF1(c);
      bias = b;
    }
  }
  return { epoch, bias, foldCues: [models[0][epoch], models[1][epoch]] };
}

function addCounts(into: number[], c: number[]): void {
  for (let j = 0; j < 3; j++) into[j] += c[j];
}

/** The role tagger trained epoch by epoch; each(epoch, averaged tagger) after each pass. */
function trainRoleTagger(train: PreparedArticle[], maskOf: (a: PreparedArticle) => Uint8Array, epochs: number, seed: number, usesSyntax: boolean, each: (epoch: number, role: LinearSequenceModel) => void): void {
  const live = newAttributionModel(usesSyntax);
  const rand = seededRandom(seed);
  const roleAvg = new Averager(live.role);
  const order = train.map((_, i) => i);
  const pred = new Uint8Array(4096);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const di of order) {
      const a = train[di];
      const mask = maskOf(a);
      for (const w of a.windows) {
        const n = w.to - w.from;
        if (n > pred.length) continue;
        const f = withOwnCue(mask, w, () => roleFeatures(a.view, a.hashes, mask, w.c0, w.c1, w.from, w.to));
        live.role.decode(f, n, pred);
        roleAvg.update(f, n, w.tags, pred);
      }
    }
    each(epoch, roleAvg.averaged());
  }
}

/** The cue tagger of the epoch best on dev (the last one without dev). */
export function trainCueTagger(train: PreparedArticle[], dev: PreparedArticle[], epochs: number, seed: number, usesSyntax: boolean, log: (msg: string) => void, each?: (epoch: number, cue: LinearSequenceModel) => void): { cue: LinearSequenceModel; f1: number; epoch: number } {
  const live = newAttributionModel(usesSyntax);
  const rand = seededRandom(seed);
  const cueAvg = new Averager(live.cue);
  let best: { cue: LinearSequenceModel; f1: number; epoch: number } | null = null;
  const order = train.map((_, i) => i);
  const pred = new Uint8Array(4096);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = Date.now();
    shuffleInPlace(order, rand);
    for (const di of order) {
      const a = train[di];
      const v = a.view;
      for (let s = 0; s + 1 < v.sentStart.length; s++) {
        const from = v.sentStart[s];
        const to = v.sentStart[s + 1];
        if (to - from > pred.length) continue;
        const f = cueFeatures(v, a.hashes, from, to);
        live.cue.decode(f, to - from, pred);
        cueAvg.update(f, to - from, a.cueTags.subarray(from, to), pred);
      }
    }
    const cue = cueAvg.averaged();
    each?.(epoch, cue);
    const cueF1 = dev.length ? cueScore(dev, cue) : epoch;
    log(`cue epoch ${epoch}: ${((Date.now() - started) / 1000).toFixed(1)}s; dev cue F1 ${cueF1.toFixed(4)}`);
    if (!best || cueF1 > best.f1) best = { cue, f1: cueF1, epoch };
  }
  if (!best) throw new Error('no epochs run');
  return best;
}

/** The cue mask a cue tagger gives an article. */
function predictedCueMask(a: PreparedArticle, cue: LinearSequenceModel): Uint8Array {
  return cueMaskOf(a.view.tokens.length, tagCues(a.view, { cue, role: cue, usesSyntax: false, info: {} }, a.hashes));
}

/** f() with the window's own cue marked in mask (as a predicted cue is at run time), the mask as it was after. */
function withOwnCue<T>(mask: Uint8Array, w: { c0: number; c1: number }, f: () => T): T {
  const saved = mask.slice(w.c0, w.c1);
  mask.fill(1, w.c0, w.c1);
  try {
    return f();
  } finally {
    mask.set(saved, w.c0);
  }
}

/** Exact-span F1 of cue chunks. */
function cueScore(dev: PreparedArticle[], cue: LinearSequenceModel): number {
  return countsF1(cueCounts(dev, cue));
}

/** Exact cue chunks: [true positives, false positives, false negatives]. */
function cueCounts(dev: PreparedArticle[], cue: LinearSequenceModel): number[] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const pred = new Uint8Array(4096);
  for (const a of dev) {
    const v = a.view;
    for (let s = 0; s + 1 < v.sentStart.length; s++) {
      const from = v.sentStart[s];
      const to = v.sentStart[s + 1];
      if (to - from > pred.length) continue;
      cue.decode(cueFeatures(v, a.hashes, from, to), to - from, pred);
      const g = chunkKeys(a.cueTags.subarray(from, to));
      const p = chunkKeys(pred.subarray(0, to - from));
      for (const k of p) if (g.has(k)) tp++; else fp++;
      for (const k of g) if (!p.has(k)) fn++;
    }
  }
  return [tp, fp, fn];
}

/** Exact source and content chunks over every gold cue's window: [true positives, false positives, false negatives]. */
function roleCounts(dev: PreparedArticle[], role: LinearSequenceModel, maskOf: (a: PreparedArticle) => Uint8Array): number[] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const pred = new Uint8Array(4096);
  for (const a of dev) {
    for (const w of a.windows) {
      const n = w.to - w.from;
      if (n > pred.length) continue;
      const mask = maskOf(a);
      role.decode(withOwnCue(mask, w, () => roleFeatures(a.view, a.hashes, mask, w.c0, w.c1, w.from, w.to)), n, pred);
      const g = chunkKeys(w.tags);
      const p = chunkKeys(pred.subarray(0, n));
      for (const k of p) if (g.has(k)) tp++; else fp++;
      for (const k of g) if (!p.has(k)) fn++;
    }
  }
  return [tp, fp, fn];
}

function chunkKeys(tags: Uint8Array): Set<string> {
  const out = new Set<string>();
  let k = 0;
  while (k < tags.length) {
    const t = tags[k];
    if (t === 0) { k++; continue; }
    let e = k + 1;
    while (e < tags.length && tags[e] === t + 1 && t % 2 === 1) e++;
    out.add(`${t}:${k}:${e}`);
    k = e;
  }
  return out;
}

function countsF1([tp, fp, fn]: number[]): number {
  return f1(tp, fp, fn);
}

function f1(tp: number, fp: number, fn: number): number {
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

/** Whole-pipeline figures (predicted cues, then roles) on prepared articles. */
export function evaluate(articles: PreparedArticle[], model: AttributionModel): AttributionFigures & { quoted: AttributionFigures } {
  const scorer = new AttributionScorer();
  for (const a of articles) {
    const rels = findAttributions(a.view, model).map((r) => toSpans(a.view, r));
    scorer.add(a.article.text, a.view.tokens, a.article.relations, rels);
  }
  return scorer.figures();
}

