// A learned event proposer, measured leave-one-set-out (`chronicle train event-proposer --loso`).
// Candidates are words that may name a happening (a verb, a noun whose first WordNet sense is an act,
// event, phenomenon or process, or a word the TimeML event-trigger detector marks), outside every
// trigger of the rule-based events. Each is labelled from a gold file: the type of the gold event whose
// trigger it lies in, else NONE (a word in an optional gold event's trigger, or in the evidence of a gold
// event that marks no trigger, is left out of training). A multiclass averaged perceptron (the parser's
// PerceptronTrainer over hashed features) learns the labels; a candidate whose best type beats NONE by
// the threshold becomes an event of that type where its sentence holds none of that type yet. The
// events F1 of each set is scored with the scorer `eval gold` uses (scoreDocument).
import type { Analysis, EventRecord, Mention, Syntax } from '../../types.js';
import { EVENT_TYPES } from '../../types.js';
import type { GoldDocument } from '../../eval/lib/gold-format.js';
import { prf, scoreDocument, type Tally } from '../../eval/lib/gold-match.js';
import type { WordNet } from '../../corpus/events/wordnet.js';
import { PerceptronTrainer } from '../../pipeline/syntax/linear.js';
import { hashString } from '../../pipeline/hash.js';
import { seededRandom, shuffleInPlace } from '../../seeded-random.js';
import { wordFeatures, type TriggerGuess } from './event-trigger-model.js';
import { trainLogistic } from './event-salience.js';

/** Label 0 is no event; the rest are the pipeline's event types. */
export const PROPOSER_CLASSES = ['NONE', ...EVENT_TYPES] as const;

/** WordNet noun classes of happenings: noun.act, noun.event, noun.phenomenon, noun.process. */
const HAPPENING_NOUN_CLASSES = new Set([4, 11, 19, 22]);

export interface ProposerCandidate {
  /** Word index in the parse, its sentence, and its span. */
  word: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  features: string[];
  /** Index into PROPOSER_CLASSES; -1: left out of training (an optional gold event's trigger, or a gold event's evidence with no trigger). */
  label: number;
}

export interface ProposerDocument {
  name: string;
  gold: GoldDocument;
  text: string;
  sentences: Array<{ start: number; end: number }>;
  events: EventRecord[];
  candidates: ProposerCandidate[];
}

export interface ProposerFold {
  name: string;
  docs: ProposerDocument[];
}

/** A gold event's trigger in the analysed text (null when the gold marks none or it cannot be placed). */
export interface GoldTrigger {
  type: string;
  optional: boolean;
  trigger: { start: number; end: number } | null;
  evidence: { start: number; end: number } | null;
}

type LexClass = (lemma: string, upos: string) => string;
type Detector = (syn: Syntax, k: number, from: number, to: number) => TriggerGuess;

/** Up to three hypernym synsets above the first sense of a lemma (its own synset first). */
function hypernymChain(wn: WordNet | null, lemma: string, upos: string, cache: Map<string, string[]>): string[] {
  const pos = upos === 'VERB' ? 'v' : upos === 'NOUN' ? 'n' : null;
  if (!wn || !pos) return [];
  const key = pos + lemma;
  let out = cache.get(key);
  if (out) return out;
  out = [];
  let id: string | undefined = wn.synsets(lemma, pos)[0];
  for (let depth = 0; id && depth < 4; depth++) {
    out.push(id);
    id = wn.synset(id)?.pointers.find((p) => p.symbol === '@')?.target;
  }
  cache.set(key, out);
  return out;
}

/**
 * The candidates of one analysed document with their features: every word that may name a
 * happening outside the rule events' triggers.
 */
export function proposerCandidates(a: Pick<Analysis, 'syntax' | 'mentions' | 'events'>, lex: LexClass, wn: WordNet | null, detector: Detector | undefined, hyperCache = new Map<string, string[]>()): ProposerCandidate[] {
  const syn = a.syntax;
  if (!syn) return [];
  const W = syn.words;
  const ruleTypes: string[][] = [];
  const out: ProposerCandidate[] = [];
  const inTrigger = (w: { start: number; end: number }) => a.events.some((e) => e.trigger.start < w.end && w.start < e.trigger.end);
  const mentionAt = (w: { start: number; end: number }): Mention | undefined => a.mentions.find((m) => m.start < w.end && w.start < m.end);
  for (let s = 0; s + 1 < syn.sentenceWordStart.length; s++) {
    const from = syn.sentenceWordStart[s];
    const to = syn.sentenceWordStart[s + 1];
    if (from >= to) continue;
    const sStart = W[from].start;
    const sEnd = W[to - 1].end;
    ruleTypes[s] = [...new Set(a.events.filter((e) => e.trigger.start >= sStart && e.trigger.start < sEnd).map((e) => e.type))];
    for (let k = from; k < to; k++) {
      const w = W[k];
      if (w.upos !== 'VERB' && w.upos !== 'NOUN') continue;
      const lemma = w.lemma.toLowerCase();
      const guess = detector ? detector(syn, k, from, to) : null;
      const lc = lex(lemma, w.upos);
      const happeningNoun = w.upos === 'NOUN' && HAPPENING_NOUN_CLASSES.has(Number(lc));
      const detected = guess !== null && guess.margin > 0;
      if (!(w.upos === 'VERB' || happeningNoun || detected)) continue;
      if (inTrigger(w)) continue;
      const f = wordFeatures(syn, k, from, to, lex);
      for (const h of hypernymChain(wn, lemma, w.upos, hyperCache)) f.push(`hy=${h}`);
      if (guess) f.push(`tc=${detected ? guess.cls : 'NONE'}`, `tm=${Math.max(-4, Math.min(4, Math.round(guess.margin / 4)))}`);
      f.push(`hd=${s === 0 ? 1 : 0}`, `si=${Math.min(s, 5)}`);
      for (const t of ruleTypes[s]) f.push(`rt=${t}`);
      f.push(`rn=${Math.min(ruleTypes[s].length, 2)}`);
      for (let c = from; c < to; c++) {
        const cw = W[c];
        if (cw.head !== k) continue;
        const cr = cw.deprel.split(':')[0];
        if (cr !== 'nsubj' && cr !== 'obj' && cr !== 'obl' && cr !== 'nmod' && cr !== 'iobj') continue;
        const m = mentionAt(cw);
        f.push(`arg=${cw.deprel}|${m ? m.type : cw.upos}`);
        if (m) f.push(`argl=${lemma}|${cr}|${m.type}`);
      }
      const head = w.head >= 0 ? W[w.head] : null;
      if (head) {
        const hm = mentionAt(head);
        if (hm) f.push(`hm=${w.deprel}|${hm.type}`);
      }
      out.push({ word: k, sentence: s, start: w.start, end: w.end, text: w.text, features: f, label: 0 });
    }
  }
  return out;
}

/** Labels the candidates from the gold events' triggers and evidence (see ProposerCandidate.label). */
export function labelCandidates(candidates: ProposerCandidate[], gold: GoldTrigger[]): void {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const c of candidates) {
    c.label = 0;
    const hit = gold.find((g) => g.trigger && overlaps(g.trigger, c));
    if (hit) {
      const t = PROPOSER_CLASSES.indexOf(hit.type as (typeof PROPOSER_CLASSES)[number]);
      c.label = hit.optional || t < 0 ? -1 : t;
      continue;
    }
    if (gold.some((g) => !g.trigger && g.evidence && overlaps(g.evidence, c))) c.label = -1;
  }
}

/** Seed of the feature hash (any fixed value: it only has to match between training and use). */
const FEATURE_SEED = 89;
export const proposerFeatureKey = (feature: string): number => hashString(feature, FEATURE_SEED);

export interface ProposerModel {
  score(keys: Int32Array, into: Float32Array): Float32Array;
}

/** Trains the proposer on the folds' labelled candidates (averaged perceptron; fixed seed). */
export function trainProposer(folds: ProposerFold[], epochs = 8, seed = 28, positiveWeight = 1): ProposerModel {
  const C = PROPOSER_CLASSES.length;
  const rows: Array<{ keys: Int32Array; gold: number }> = [];
  for (const f of folds) for (const d of f.docs) for (const c of d.candidates) if (c.label >= 0) rows.push({ keys: keysOf(c), gold: c.label });
  const trainer = new PerceptronTrainer(C);
  const random = seededRandom(seed);
  const scores = new Float32Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(rows, random);
    for (const r of rows) {
      trainer.score(r.keys, r.keys.length, scores);
      let best = 0;
      for (let k = 1; k < C; k++) if (scores[k] > scores[best]) best = k;
      if (best !== r.gold) trainer.update(r.keys, r.keys.length, r.gold, best, r.gold > 0 ? positiveWeight : 1);
      trainer.tick();
    }
  }
  const avg = trainer.averaged();
  const rowOf = new Map<number, number>();
  avg.keys.forEach((k, r) => rowOf.set(k, r));
  return {
    score(keys, into) {
      into.fill(0);
      for (const k of keys) {
        const r = rowOf.get(k);
        if (r === undefined) continue;
        for (let c = 0; c < C; c++) into[c] += avg.weights[r * C + c];
      }
      return into;
    },
  };
}

const keyCache = new WeakMap<ProposerCandidate, Int32Array>();
function keysOf(c: ProposerCandidate): Int32Array {
  let k = keyCache.get(c);
  if (!k) keyCache.set(c, (k = Int32Array.from(c.features, proposerFeatureKey)));
  return k;
}

/** Each candidate's best event type and its margin over NONE. */
export interface Guess {
  cls: number;
  margin: number;
}

export function guessAll(model: ProposerModel, d: ProposerDocument): Guess[] {
  const scores = new Float32Array(PROPOSER_CLASSES.length);
  return d.candidates.map((c) => {
    model.score(keysOf(c), scores);
    let best = 1;
    for (let k = 2; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
    return { cls: best, margin: scores[best] - scores[0] };
  });
}

/** The proposals of a document at a threshold: the surest first, at most one per sentence and type, none of a type its sentence already has. */
export function propose(d: ProposerDocument, guesses: Guess[], threshold: number): EventRecord[] {
  const taken = new Set<string>();
  for (const e of d.events) {
    const s = d.sentences.findIndex((x) => x.start <= e.trigger.start && e.trigger.start < x.end);
    taken.add(`${s}|${e.type}`);
  }
  const order = guesses.map((_, i) => i).filter((i) => guesses[i].margin >= threshold).sort((x, y) => guesses[y].margin - guesses[x].margin || x - y);
  const out: EventRecord[] = [];
  for (const i of order) {
    const c = d.candidates[i];
    const type = PROPOSER_CLASSES[guesses[i].cls] as EventRecord['type'];
    const s = d.sentences.findIndex((x) => x.start <= c.start && c.start < x.end);
    const key = `${s}|${type}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const sentence = s >= 0 ? d.sentences[s] : { start: c.start, end: c.end };
    out.push({ id: `p${out.length}`, type, trigger: { start: c.start, end: c.end, text: c.text }, sentence: { start: sentence.start, end: sentence.end }, date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted' });
  }
  return out;
}

/** The events tally `eval gold` gives the document with the proposals added to its events. */
export function scoreWith(d: ProposerDocument, added: EventRecord[]): Tally {
  const a = { doc: { text: d.text }, segmentation: { sentences: d.sentences }, events: [...d.events, ...added], figures: [], quotes: [] } as unknown as Analysis;
  return scoreDocument({ ...d.gold, figures: [], quotes: [], boilerplate: [], mustNotExtract: [] }, a).events;
}

const add = (t: Tally, d: Tally): Tally => ({ tp: t.tp + d.tp, fp: t.fp + d.fp, fn: t.fn + d.fn });

/** Events P/R/F1 of a fold with the proposals at a threshold (Infinity: none). */
export function scoreFold(fold: ProposerFold, guesses: Map<ProposerDocument, Guess[]>, threshold: number): ReturnType<typeof prf> {
  let t: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const d of fold.docs) t = add(t, scoreWith(d, threshold === Infinity ? [] : propose(d, guesses.get(d)!, threshold)));
  return prf(t);
}

export const PROPOSER_THRESHOLDS = [Infinity, 8, 6, 4, 3, 2, 1, 0, -1, -2, -4];

/** The threshold chosen by leave-one-fold-out inside the given folds (ties: the higher, proposing less). */
export type ProposerKind = 'perceptron' | 'logistic';

const trainKind = (kind: ProposerKind, folds: ProposerFold[], epochs: number, positiveWeight: number): ProposerModel =>
  kind === 'logistic' ? trainTwoStep(folds, epochs) : trainProposer(folds, epochs, 28, positiveWeight);

export function chooseThreshold(folds: ProposerFold[], thresholds = PROPOSER_THRESHOLDS, epochs = 8, positiveWeight = 1, kind: ProposerKind = 'perceptron'): { threshold: number; innerF1: number } {
  const guesses = folds.map((held, h) => {
    const m = trainKind(kind, folds.filter((_, j) => j !== h), epochs, positiveWeight);
    return new Map(held.docs.map((d) => [d, guessAll(m, d)]));
  });
  let best = { threshold: Infinity, innerF1: -1 };
  for (const threshold of thresholds) {
    const f1 = folds.reduce((s, f, h) => s + scoreFold(f, guesses[h], threshold).f1, 0) / folds.length;
    if (f1 > best.innerF1 + 1e-9) best = { threshold, innerF1: Math.round(f1 * 1000) / 1000 };
  }
  return best;
}

export interface ProposerLosoRow {
  fold: string;
  threshold: number;
  innerF1: number;
  before: ReturnType<typeof prf>;
  after: ReturnType<typeof prf>;
  /** Proposals made on the left-out fold, and how many met a required gold event. */
  proposed: number;
  /** Each fixed threshold's F1 on this fold (a bound: chosen looking at the scored fold, never a result). */
  fixed: Record<string, number>;
  /** F1 of a perfect proposer: every candidate labelled with an event type proposed as that type (what candidates can reach). */
  oracle: number;
}

/** The fold's F1 when exactly the candidates labelled with an event type are proposed, each as its type. */
export function oracleF1(fold: ProposerFold): number {
  const guesses = new Map(fold.docs.map((d) => [d, d.candidates.map((c) => ({ cls: c.label > 0 ? c.label : 1, margin: c.label > 0 ? 1 : -1 }))]));
  return scoreFold(fold, guesses, 0).f1;
}

/** Leave-one-set-out: each fold scored with a model trained, and a threshold chosen, on the others only. */
export function proposerLoso(folds: ProposerFold[], epochs = 8, positiveWeight = 1, kind: ProposerKind = 'perceptron'): { rows: ProposerLosoRow[]; meanBefore: number; meanAfter: number } {
  const rows = folds.map((held, h) => {
    const rest = folds.filter((_, j) => j !== h);
    const choice = chooseThreshold(rest, PROPOSER_THRESHOLDS, epochs, positiveWeight, kind);
    const m = trainKind(kind, rest, epochs, positiveWeight);
    const guesses = new Map(held.docs.map((d) => [d, guessAll(m, d)]));
    const proposed = choice.threshold === Infinity ? 0 : held.docs.reduce((n, d) => n + propose(d, guesses.get(d)!, choice.threshold).length, 0);
    const fixed = Object.fromEntries(PROPOSER_THRESHOLDS.slice(1).map((t) => [String(t), scoreFold(held, guesses, t).f1]));
    return { fold: held.name, threshold: choice.threshold, innerF1: choice.innerF1, before: scoreFold(held, guesses, Infinity), after: scoreFold(held, guesses, choice.threshold), proposed, fixed, oracle: oracleF1(held) };
  });
  const mean = (k: 'before' | 'after') => Math.round((rows.reduce((s, r) => s + r[k].f1, 0) / rows.length) * 1000) / 1000;
  return { rows, meanBefore: mean('before'), meanAfter: mean('after') };
}

/**
 * The two-step variant (`--model logistic`): a logistic regression (the event selector's trainer)
 * learns whether a candidate names a listed event at all, and a perceptron trained on the event
 * candidates only gives its type; the margin is the probability minus one half.
 */
export function trainTwoStep(folds: ProposerFold[], epochs = 8, l2 = 0.01): ProposerModel {
  const data: Array<{ keys: number[]; y: number }> = [];
  for (const f of folds) for (const d of f.docs) for (const c of d.candidates) if (c.label >= 0) data.push({ keys: Array.from(keysOf(c)), y: c.label > 0 ? 1 : 0 });
  const w = trainLogistic(data, { l2, epochs: epochs * 10 });
  const typed = trainProposer(folds.map((f) => ({ name: f.name, docs: f.docs.map((d) => ({ ...d, candidates: d.candidates.filter((c) => c.label > 0) })) })), epochs);
  const C = PROPOSER_CLASSES.length;
  const typeScores = new Float32Array(C);
  return {
    score(keys, into) {
      typed.score(keys, typeScores);
      let z = 0;
      for (const k of keys) z += w.weights.get(k) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      let best = 1;
      for (let c = 2; c < C; c++) if (typeScores[c] > typeScores[best]) best = c;
      into.fill(-1);
      into[0] = 0;
      // scaled so the thresholds 8 … -4 read as probabilities 0.9 … 0.1
      into[best] = (p - 0.5) * 10;
      return into;
    },
  };
}
