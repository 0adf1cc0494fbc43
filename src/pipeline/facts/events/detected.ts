// Happenings the event lexicon has no word for ("declared a dividend", "subpoenaed a boy"): the
// trained event-trigger detector (trigger-model.ts) proposes the main predicate of a clause, or the
// complement of a verb of saying, as an "other" event; mentions.ts then reads it like any parsed verb
// (arguments, status, senses) and keeps it only when asserted.
import type { FactsContext } from '../context.js';
import type { VerbEntry, VerbForm } from '../lexicons/events.js';
import { EVENT_NOUNS, EVENT_VERBS } from '../lexicons/events.js';
import { SAYING_LEMMAS } from './other-times.js';
import type { Syntax } from '../../../types.js';
import { guessTrigger, installedLexClass, loadTriggerModel, type TriggerClass } from './trigger-model.js';

export interface DetectorSettings {
  /** Classes proposed as happenings. */
  classes: ReadonlySet<TriggerClass>;
  /** Least margin of the event class over none (weight units of the model). */
  minMargin: number;
  /** Propose only in sentences where the rules found no event at all ("none") or no "other" event ("other"). */
  scope: 'none' | 'other';
  /** Only verbs told as past (a past form, a perfect, a past passive): present simple tells habits and states. */
  past: boolean;
  /** Not a verb with a number among its arguments ("rose 5%", "totaled $9 million"): a statistic moving, not a happening. */
  noFigures: boolean;
  /** WordNet verb classes (lexicographer files) that name no happening: states, thinking, feeling, perceiving. */
  skipLex: ReadonlySet<number>;
  /** Keep a happening announced for later ("will issue warrants") as well as one told as done. */
  planned: boolean;
  /** Only sentences before this one of the article (its lede): later ones tell background more often. */
  maxSentence: number;
}

/** verb.cognition, verb.emotion, verb.perception, verb.stative (WordNet lexnames). */
const NO_HAPPENING_LEX = [31, 37, 39, 42];
/** verb.communication: saying, asking, arguing ("lex=talk" leaves them out too). */
const COMMUNICATION_LEX = 32;

/**
 * What the detector proposes when switched on. It is off by default: under leave-one-set-out over the
 * tuning sets A, C, E, F and G no setting raised events F1 (README, "event-trigger detector"): the
 * gold lists few of the happenings TimeML marks, and nothing measured here tells which.
 */
export const DETECTOR_SETTINGS: DetectorSettings = { classes: new Set<TriggerClass>(['OCCURRENCE']), minMargin: 0, scope: 'none', past: true, noFigures: false, skipLex: new Set(), planned: false, maxSentence: Infinity };

/** Settings from CHRONICLE_TRIGGER for measuring ("on", or "margin=20,classes=OCCURRENCE+I_ACTION,scope=other,past=0,figures=0,lex=0|talk,planned=1,lede=1"); null: off. */
export function settingsFrom(env: string | undefined): DetectorSettings | null {
  if (!env || env === 'off') return null;
  const out = { ...DETECTOR_SETTINGS };
  for (const part of env.split(',')) {
    const [k, v] = part.split('=');
    if (k === 'margin') out.minMargin = Number(v);
    else if (k === 'classes') out.classes = new Set(v.split('+') as TriggerClass[]);
    else if (k === 'scope' && (v === 'none' || v === 'other')) out.scope = v;
    else if (k === 'past') out.past = v === '1';
    else if (k === 'figures') out.noFigures = v === '0';
    else if (k === 'lex') out.skipLex = new Set(v === '0' ? NO_HAPPENING_LEX : v === 'talk' ? [...NO_HAPPENING_LEX, COMMUNICATION_LEX] : []);
    else if (k === 'planned') out.planned = v === '1';
    else if (k === 'lede') out.maxSentence = Number(v);
  }
  return out;
}
let SETTINGS = settingsFrom(process.env.CHRONICLE_TRIGGER);

/** Switches the detector on with these settings, or off with null (tests, measurement). */
export function useDetector(settings: DetectorSettings | null): void {
  SETTINGS = settings;
}

/** Relations by which a verb is its clause's main predicate, or said ("said the plant closed"). */
const MAIN = new Set(['root', 'conj', 'parataxis']);
const SAID = new Set(['ccomp', 'parataxis']);

function formOf(word: string): VerbForm {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('ed') || word.endsWith('en')) return 'ed';
  if (word.endsWith('s')) return 's';
  return 'base';
}

/** Is word k the main predicate of its clause: the root, or joined to one by coordination? */
function mainPredicate(ctx: FactsContext, k: number): boolean {
  const words = ctx.syntax!.words;
  let w = k;
  for (let hops = 0; hops < 4; hops++) {
    const rel = words[w].deprel.split(':')[0];
    if (rel === 'root') return true;
    if (SAID.has(rel) && SAYING_LEMMAS.has(words[words[w].head].lemma.toLowerCase())) return true;
    if (!MAIN.has(rel)) return false;
    w = words[w].head;
  }
  return false;
}

/** Is verb k told as past: a past form without a present or modal auxiliary, a perfect, or a past passive? */
function toldAsPast(syn: Syntax, k: number, from: number, to: number): boolean {
  const w = syn.words[k];
  const low = w.text.toLowerCase();
  if (low.endsWith('ing')) return false;
  let pastAux = false;
  for (let c = from; c < to; c++) {
    const a = syn.words[c];
    if (a.head !== k || !a.deprel.startsWith('aux')) continue;
    const t = a.text.toLowerCase();
    if (a.lemma.toLowerCase() === 'have' || t === 'was' || t === 'were') pastAux = true;
    else return false;
  }
  const lemma = w.lemma.toLowerCase();
  // a form that is neither the base nor its third person ("owes", "carries") is the past
  const present = low === lemma || low === `${lemma}s` || low === `${lemma}es` || low === `${lemma.slice(0, -1)}ies`;
  return pastAux || !present;
}

/** Has verb k a number among its arguments or their words ("rose 5%", "paid $3 million")? */
function hasFigure(syn: Syntax, k: number, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const x = syn.words[c];
    if (x.upos !== 'NUM' && x.text !== '%') continue;
    // the number's chain of heads reaches the verb through arguments (not through a clause of its own)
    let h = x.head;
    for (let hops = 0; hops < 4 && h >= 0; hops++) {
      if (h === k) return true;
      if (syn.words[h].upos === 'VERB') break;
      h = syn.words[h].head;
    }
  }
  return false;
}

/**
 * Tokens of sentence s the detector reads as happenings the rules passed over, each with the verb
 * entry to read it by; none without a parse or a model, or where the rules found what the scope says.
 */
export function detectedTriggers(ctx: FactsContext, s: number, found: ReadonlyArray<{ type: string; trigger: number; triggerEnd: number }>): Array<[number, VerbEntry]> {
  const syn = ctx.syntax;
  const model = SETTINGS && syn ? loadTriggerModel() : null;
  if (!model || !syn || !SETTINGS) return [];
  if (s >= SETTINGS.maxSentence) return [];
  if (SETTINGS.scope === 'none' ? found.length > 0 : found.some((m) => m.type === 'other')) return [];
  const from = syn.sentenceWordStart[s];
  const to = syn.sentenceWordStart[s + 1];
  let best: [number, VerbEntry] | null = null;
  let bestMargin = -Infinity;
  for (let k = from; k < to; k++) {
    const w = syn.words[k];
    if (w.upos !== 'VERB') continue;
    const low = w.text.toLowerCase();
    const lemma = w.lemma.toLowerCase();
    // a word of the lexicon the rules turned down stays turned down; saying is a quote's, not a happening
    if (EVENT_VERBS.has(low) || EVENT_NOUNS.has(low) || SAYING_LEMMAS.has(lemma)) continue;
    if (found.some((m) => m.trigger <= w.token && w.token < m.triggerEnd)) continue;
    if (!mainPredicate(ctx, k)) continue;
    if (SETTINGS.past && !toldAsPast(syn, k, from, to)) continue;
    if (SETTINGS.noFigures && hasFigure(syn, k, from, to)) continue;
    if (SETTINGS.skipLex.size && SETTINGS.skipLex.has(Number(installedLexClass()(lemma, 'VERB') || -1))) continue;
    const g = guessTrigger(model, syn, k, from, to);
    if (!SETTINGS.classes.has(g.cls) || g.margin < SETTINGS.minMargin || g.margin <= bestMargin) continue;
    bestMargin = g.margin;
    best = [w.token, { type: 'other', lemma, form: formOf(low) }];
  }
  return best ? [best] : [];
}

/** Whether a detected happening announced for later is kept. */
export function detectorKeepsPlanned(): boolean {
  return !!SETTINGS?.planned;
}
