// The event-trigger detector: a linear multiclass model (averaged perceptron, trained by `chronicle
// train event-trigger` on TimeML <EVENT> annotations) that gives each word of the dependency parse a
// TimeML event class or none. Features are the word, its lemma, part of speech, relation and head,
// its auxiliaries, negation and arguments, suffixes and the WordNet lexicographer class of its lemma.
// Kept with the trainer: the facts stage does not use it, since neither proposing "other" events nor vetoing the rules' events by its
// score raised events F1 under leave-one-set-out over the tuning sets (docs/measurements.md, "Event words, TimeML").
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Syntax } from '../../types.js';
import { projectPath } from '../../paths.js';
import { installedWordNet, type WordNet } from '../../corpus/events/wordnet.js';
import { LinearModel } from '../../pipeline/syntax/linear.js';
import { hashString } from '../../pipeline/hash.js';

/** Label 0 is no event; the rest are TimeML's event classes. */
export const TRIGGER_CLASSES = ['NONE', 'OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'] as const;
export type TriggerClass = (typeof TRIGGER_CLASSES)[number];

export const DEFAULT_TRIGGER_MODEL = 'event-trigger.json.gz';

export interface TriggerModel {
  info: Record<string, string | number>;
  /** Feature hashes (triggerFeatureKey), ascending: row r of `weights` is keys[r]'s. */
  keys: Int32Array;
  /** keys.length rows of weights per class (TRIGGER_CLASSES order), integers times `scale`. */
  weights: Int16Array;
  scale: number;
  /** The same weights for scoring. */
  linear: LinearModel;
}

/** Seed of the feature hash (any fixed value: it only has to match between training and use). */
const FEATURE_SEED = 61;

/** A feature string's key in the model. */
export function triggerFeatureKey(feature: string): number {
  return hashString(feature, FEATURE_SEED);
}

/** A model from its rows (keys ascending), int16 weights times scale. */
export function triggerModel(info: TriggerModel['info'], keys: Int32Array, weights: Int16Array, scale: number): TriggerModel {
  return { info, keys, weights, scale, linear: new LinearModel(TRIGGER_CLASSES.length, keys, weights, scale) };
}

export interface TriggerGuess {
  cls: TriggerClass;
  /** Best event class's score minus the no-event score (in weight units): how sure the detector is. */
  margin: number;
}

type LexClass = (lemma: string, upos: string) => string;

/** The WordNet lexicographer file of a lemma's first sense for its part of speech ("" when none), cached. */
export function lexClassOf(wn: WordNet | null): LexClass {
  const cache = new Map<string, string>();
  return (lemma, upos) => {
    const pos = upos === 'VERB' ? 'v' : upos === 'NOUN' ? 'n' : upos === 'ADJ' ? 'a' : null;
    if (!wn || !pos) return '';
    const key = pos + lemma;
    let c = cache.get(key);
    if (c === undefined) {
      const ids = wn.synsets(lemma.toLowerCase(), pos);
      c = ids.length ? String(wn.lexFile(ids[0])) : '';
      cache.set(key, c);
    }
    return c;
  };
}

let sharedLex: LexClass | null = null;
/** The lexicographer-class lookup over the installed WordNet (one per process). */
export function installedLexClass(): LexClass {
  return (sharedLex ??= lexClassOf(installedWordNet()));
}

/** Features of word k of the sentence [from, to) of the parse. */
export function wordFeatures(syn: Syntax, k: number, from: number, to: number, lex: LexClass): string[] {
  const W = syn.words;
  const w = W[k];
  const low = w.text.toLowerCase();
  const lemma = w.lemma.toLowerCase();
  const rel = w.deprel.split(':')[0];
  const head = w.head >= 0 ? W[w.head] : null;
  const f = [
    'b',
    `w=${low}`,
    `l=${lemma}`,
    `p=${w.upos}`,
    `r=${w.deprel}`,
    `pr=${w.upos}|${rel}`,
    `lp=${lemma}|${w.upos}`,
    `s3=${low.slice(-3)}|${w.upos}`,
    `s4=${low.slice(-4)}`,
    `hl=${head ? head.lemma.toLowerCase() : 'ROOT'}|${rel}`,
    `hp=${head ? head.upos : 'ROOT'}|${rel}`,
    `pw=${k > from ? W[k - 1].text.toLowerCase() : '<s>'}`,
    `nw=${k + 1 < to ? W[k + 1].text.toLowerCase() : '</s>'}`,
    `pp=${k > from ? W[k - 1].upos : '<s>'}|${w.upos}`,
    `np=${w.upos}|${k + 1 < to ? W[k + 1].upos : '</s>'}`,
    `cap=${/^[A-Z]/.test(w.text) ? 1 : 0}|${w.upos}`,
  ];
  const lc = lex(lemma, w.upos);
  if (lc) f.push(`wn=${lc}|${w.upos}`, `wnr=${lc}|${rel}`);
  const hc = head ? lex(head.lemma.toLowerCase(), head.upos) : '';
  if (hc) f.push(`hwn=${hc}|${rel}`);
  for (let c = from; c < to; c++) {
    const cw = W[c];
    if (cw.head !== k) continue;
    const cr = cw.deprel.split(':')[0];
    const cl = cw.lemma.toLowerCase();
    f.push(`c=${cw.deprel}`);
    if (cr === 'aux' || cr === 'cop' || cr === 'mark' || (cr === 'advmod' && cl === 'not')) f.push(`cl=${cr}|${cl}`);
    if (cr === 'det' || cr === 'case') f.push(`cd=${cr}|${cl}`);
    if (cr === 'obj' || cr === 'nsubj') {
      const cc = lex(cl, cw.upos);
      if (cc) f.push(`cwn=${cr}|${cc}`);
    }
  }
  return f;
}

/** Features of every word of sentence [from, to) of the parse. */
export function sentenceFeatures(syn: Syntax, from: number, to: number, lex: LexClass): string[][] {
  const out: string[][] = [];
  for (let k = from; k < to; k++) out.push(wordFeatures(syn, k, from, to, lex));
  return out;
}

/** Class scores of one word's features (no event first), in weight units. */
export function scoreFeatures(model: TriggerModel, feats: string[], into: Float32Array): Float32Array {
  const keys = Int32Array.from(feats, triggerFeatureKey);
  model.linear.score(keys, keys.length, into);
  return into;
}

/** The detector's guess for word k of the sentence [from, to). */
export function guessTrigger(model: TriggerModel, syn: Syntax, k: number, from: number, to: number, lex: LexClass = installedLexClass()): TriggerGuess {
  const scores = scoreFeatures(model, wordFeatures(syn, k, from, to, lex), new Float32Array(TRIGGER_CLASSES.length));
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return { cls: TRIGGER_CLASSES[best], margin: scores[best] - scores[0] };
}

/** The model as written to disk: gzip JSON, rows by ascending key, weights as integers (same bytes for the same model). */
export function serialiseTriggerModel(model: TriggerModel): Buffer {
  const C = TRIGGER_CLASSES.length;
  const rows = Array.from(model.keys, (k, r) => [k, ...model.weights.subarray(r * C, r * C + C)]);
  return gzipSync(Buffer.from(JSON.stringify({ info: model.info, classes: TRIGGER_CLASSES, scale: model.scale, rows })), { level: 9 });
}

/** Reads a model written by serialiseTriggerModel; throws when its classes or row width differ from
 * TRIGGER_CLASSES, since weights stored in another class order would silently mislabel every word. */
export function deserialiseTriggerModel(bytes: Buffer): TriggerModel {
  const raw = JSON.parse(gunzipSync(bytes).toString('utf8')) as { info: Record<string, string | number>; classes?: unknown; scale: number; rows: Array<[number, ...number[]]> };
  const stored = Array.isArray(raw.classes) ? raw.classes.map(String) : null;
  if (!stored || stored.join(',') !== TRIGGER_CLASSES.join(','))
    throw new Error(`event-trigger model classes [${stored?.join(', ') ?? 'missing'}] differ from this build's [${TRIGGER_CLASSES.join(', ')}]: retrain it (chronicle train event-trigger)`);
  const C = TRIGGER_CLASSES.length;
  const keys = new Int32Array(raw.rows.length);
  const weights = new Int16Array(raw.rows.length * C);
  raw.rows.forEach(([k, ...w], r) => {
    if (typeof k !== 'number') throw new Error(`event-trigger model row ${r} is keyed by "${String(k)}", not a feature hash: a model from before hashed features; retrain it (chronicle train event-trigger)`);
    if (w.length !== C) throw new Error(`event-trigger model row ${r} (key ${k}) has ${w.length} weights, expected ${C} (one per class)`);
    keys[r] = k;
    weights.set(w, r * C);
  });
  return triggerModel(raw.info, keys, weights, raw.scale);
}

const cache = new Map<string, TriggerModel | null>();
/** The shipped model (models/event-trigger.json.gz), read once; null when absent. */
export function loadTriggerModel(file?: string): TriggerModel | null {
  const path = file ?? projectPath('models', DEFAULT_TRIGGER_MODEL);
  if (!cache.has(path)) cache.set(path, existsSync(path) ? deserialiseTriggerModel(readFileSync(path)) : null);
  return cache.get(path)!;
}
