// Reading facts off a dependency parse: the helpers fact extractors use instead of word lists
// and token arithmetic. Word indices are indices into Syntax.words (document-global).
import type { Span, Syntax, SyntaxWord } from '../../types.js';
import { firstIndex } from '../first-index.js';

const childCache = new WeakMap<Syntax, { start: Int32Array; list: Int32Array }>();
/**
 * The parse last asked about and its index: the passes ask of one document's parse many times over
 * (every dependents() call), and a WeakMap look-up each time cost more than the reading it served.
 */
let lastChildren: { syn: Syntax; index: { start: Int32Array; list: Int32Array } } | null = null;

function childIndex(syn: Syntax): { start: Int32Array; list: Int32Array } {
  if (lastChildren?.syn === syn) return lastChildren.index;
  let index = childCache.get(syn);
  if (index) {
    lastChildren = { syn, index };
    return index;
  }
  const n = syn.words.length;
  const start = new Int32Array(n + 1);
  for (const w of syn.words) if (w.head >= 0) start[w.head + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const list = new Int32Array(n);
  syn.words.forEach((w, i) => {
    if (w.head >= 0) list[fill[w.head]++] = i;
  });
  index = { start, list };
  childCache.set(syn, index);
  lastChildren = { syn, index };
  return index;
}

/** Dependents of word i, in text order. */
export function children(syn: Syntax, i: number): number[] {
  const { start, list } = childIndex(syn);
  const out: number[] = [];
  for (let k = start[i]; k < start[i + 1]; k++) out.push(list[k]);
  return out;
}

/**
 * Does a relation match? "nsubj" matches only "nsubj"; "nsubj:*" matches "nsubj" and every
 * subtype of it ("nsubj:pass", "nsubj:outer").
 */
export function relationMatches(deprel: string, pattern: string): boolean {
  if (!pattern.endsWith(':*')) return deprel === pattern;
  // the base is the pattern less its ":*", compared in place: asked for most words of every
  // document, and a base and its "base:" built per call were most of the cost
  const n = pattern.length - 2;
  if (deprel.length !== n && deprel.charCodeAt(n) !== COLON) return false;
  for (let k = 0; k < n; k++) if (deprel.charCodeAt(k) !== pattern.charCodeAt(k)) return false;
  return true;
}

const COLON = 0x3a;

/** Dependents of word i whose relation matches one of rels (see relationMatches). */
export function dependents(syn: Syntax, i: number, ...rels: string[]): number[] {
  // straight off the child index: called for most words, most of which have no such dependent
  const { start, list } = childIndex(syn);
  const out: number[] = [];
  for (let k = start[i]; k < start[i + 1]; k++) {
    const c = list[k];
    const deprel = syn.words[c].deprel;
    for (const r of rels) {
      if (relationMatches(deprel, r)) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

/** Word i and everything under it, in text order. */
export function subtree(syn: Syntax, i: number): number[] {
  const out: number[] = [];
  const stack = [i];
  while (stack.length > 0) {
    const w = stack.pop() as number;
    out.push(w);
    stack.push(...children(syn, w));
  }
  return out.sort((a, b) => a - b);
}

/** The character span of word i's subtree, optionally without edge punctuation. */
export function subtreeSpan(syn: Syntax, i: number, opts: { trimPunct?: boolean } = {}): Span {
  let words = subtree(syn, i);
  if (opts.trimPunct) {
    const keep = (w: number) => w === i || syn.words[w].upos !== 'PUNCT';
    let a = 0;
    let b = words.length;
    while (a < b && !keep(words[a])) a++;
    while (b > a && !keep(words[b - 1])) b--;
    words = words.slice(a, b);
  }
  return { start: syn.words[words[0]].start, end: syn.words[words[words.length - 1]].end };
}

/** Word i plus the words coordinated with it ("X and Y": X, Y). */
export function withConjuncts(syn: Syntax, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) out.push(...dependents(syn, out[k], 'conj'));
  return out;
}

/**
 * The predicate whose arguments word `verb` shares: itself, or — for the second verb of "X
 * arrived and left" (conj) — the first verb, repeatedly.
 */
function firstConjunct(syn: Syntax, verb: number): number {
  let v = verb;
  while (syn.words[v].deprel === 'conj' && syn.words[v].head >= 0) v = syn.words[v].head;
  return v;
}

function argumentsOf(syn: Syntax, verb: number, rels: string[], opts: { shareAcrossConj: boolean; controlled: boolean }): number[] {
  let found = dependents(syn, verb, ...rels);
  if (found.length === 0 && opts.shareAcrossConj) {
    const first = firstConjunct(syn, verb);
    if (first !== verb) found = dependents(syn, first, ...rels);
  }
  if (found.length === 0 && opts.controlled && syn.words[verb].deprel === 'xcomp' && syn.words[verb].head >= 0) {
    // "police want to arrest him": the controller is the governor's object, else its subject
    const governor = syn.words[verb].head;
    found = dependents(syn, governor, 'obj');
    if (found.length === 0) found = subjects(syn, governor);
  }
  // most verbs lack most relations asked of them: no arrays mapped for nothing
  if (found.length === 0) return found;
  return found.map((w) => antecedent(syn, verb, w)).flatMap((w) => withConjuncts(syn, w));
}

/**
 * A relative pronoun stands for the noun its clause describes: in "the envoy who met X", the
 * subject of "met" is "envoy". The pronoun is recognised by position: a PRON opening an
 * acl:relcl clause.
 */
function antecedent(syn: Syntax, verb: number, argument: number): number {
  const v = syn.words[verb];
  if (v.deprel !== 'acl:relcl' || v.head < 0 || syn.words[argument].upos !== 'PRON') return argument;
  const opening = subtree(syn, verb).find((w) => syn.words[w].upos !== 'PUNCT');
  return opening === argument ? v.head : argument;
}

/** Active subjects of a verb (nsubj, csubj), shared across coordinated verbs and from a controlling verb. */
export function subjects(syn: Syntax, verb: number): number[] {
  return argumentsOf(syn, verb, ['nsubj', 'csubj'], { shareAcrossConj: true, controlled: true });
}

/** Passive subjects (nsubj:pass, csubj:pass): "the suspect was arrested". */
export function passiveSubjects(syn: Syntax, verb: number): number[] {
  return argumentsOf(syn, verb, ['nsubj:pass', 'csubj:pass'], { shareAcrossConj: true, controlled: true });
}

/** Direct objects (obj), with their conjuncts. */
export function objects(syn: Syntax, verb: number): number[] {
  return argumentsOf(syn, verb, ['obj'], { shareAcrossConj: false, controlled: false });
}

/** The agent of a passive verb: "arrested by police" → police (obl:agent). */
export function agents(syn: Syntax, verb: number): number[] {
  return argumentsOf(syn, verb, ['obl:agent'], { shareAcrossConj: false, controlled: false });
}

export function isPassive(syn: Syntax, verb: number): boolean {
  return dependents(syn, verb, 'nsubj:pass', 'csubj:pass', 'aux:pass', 'obl:agent').length > 0;
}

/** Who did it: the agent of a passive verb, else its active subject. */
export function doers(syn: Syntax, verb: number): number[] {
  return isPassive(syn, verb) ? agents(syn, verb) : subjects(syn, verb);
}

/** Who it was done to: the passive subject, else the object. */
export function undergoers(syn: Syntax, verb: number): number[] {
  return isPassive(syn, verb) ? passiveSubjects(syn, verb) : objects(syn, verb);
}

/** The case marker of a nominal, multi-word ones joined ("in", "according to"), lower-cased; null without one. */
export function caseMarker(syn: Syntax, nominal: number): string | null {
  const marker = dependents(syn, nominal, 'case')[0];
  if (marker === undefined) return null;
  const parts = [marker, ...dependents(syn, marker, 'fixed')].sort((a, b) => a - b);
  return parts.map((w) => syn.words[w].text.toLowerCase()).join(' ');
}

/**
 * The noun a number counts: "12 people" (nummod), "2.5 million people" (through compound),
 * "three of the soldiers", "dozens of people" (nmod with "of"). Null when it counts nothing.
 */
export function countedNoun(syn: Syntax, num: number): number | null {
  let w = num;
  while (syn.words[w].deprel === 'compound' && syn.words[w].head >= 0 && syn.words[syn.words[w].head].upos === 'NUM') w = syn.words[w].head;
  const word = syn.words[w];
  if (word.deprel.startsWith('nummod') && word.head >= 0) return word.head;
  const ofPhrase = dependents(syn, w, 'nmod', 'nmod:*').find((m) => caseMarker(syn, m) === 'of');
  return ofPhrase ?? null;
}

export interface Attachment {
  /** The word the phrase modifies: a verb (the clause) or a noun. */
  head: number;
  /** The phrase's own relation (obl, obl:tmod, nmod …). */
  relation: string;
  /** Its case marker ("in", "on", "since"), or null. */
  caseMarker: string | null;
}

/** Relations by which a phrase modifies a clause or noun. */
const MODIFYING = ['obl:*', 'nmod:*', 'advmod'];
/** Relations to look through: "Paris and Lyon", "Monday, March 3", "the New York office". */
const TRANSPARENT = ['conj', 'appos', 'compound', 'flat'];

/**
 * What a time expression or place (given as a span) attaches to: from the span's head, up
 * through coordination, apposition and compounds, to the first obl/nmod/advmod relation.
 */
export function attachment(syn: Syntax, span: Span): Attachment | null {
  const spanHead = headOfSpan(syn, span);
  if (spanHead === null) return null;
  let w: number = spanHead;
  for (let guard = 0; guard < 8; guard++) {
    const word: SyntaxWord = syn.words[w];
    if (word.head < 0) return null;
    if (TRANSPARENT.includes(word.deprel)) {
      w = word.head;
      continue;
    }
    if (!MODIFYING.some((r) => relationMatches(word.deprel, r))) return null;
    return { head: word.head, relation: word.deprel, caseMarker: caseMarker(syn, w) };
  }
  return null;
}

/** "X, the home secretary": appositions of a nominal (and the nominal an apposition renames). */
export function appositions(syn: Syntax, nominal: number): number[] {
  const out = dependents(syn, nominal, 'appos');
  const w = syn.words[nominal];
  if (w.deprel === 'appos' && w.head >= 0) out.push(w.head);
  return out;
}

/** Relative clauses on a nominal: "the minister, who had met X" → the verb "met". */
export function relativeClauses(syn: Syntax, nominal: number): number[] {
  return dependents(syn, nominal, 'acl:relcl');
}

/** The first word at or after a character offset, by binary search over word starts. */
function firstWordEndingAfter(syn: Syntax, offset: number): number {
  let lo = 0;
  let hi = syn.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (syn.words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first word starting at or after a character offset (the word count if none), by binary search over word starts. */
export function firstWordStartingFrom(syn: Syntax, offset: number): number {
  return firstIndex(syn.words.length, (i) => syn.words[i].start >= offset);
}

/** Words overlapping a character span, in order. */
export function wordsInSpan(syn: Syntax, span: Span): number[] {
  const out: number[] = [];
  for (let i = firstWordEndingAfter(syn, span.start); i < syn.words.length && syn.words[i].start < span.end; i++) out.push(i);
  return out;
}

/** The word covering a character offset, or null. */
export function wordAt(syn: Syntax, offset: number): number | null {
  const i = firstWordEndingAfter(syn, offset);
  return i < syn.words.length && syn.words[i].start <= offset ? i : null;
}

/** The head of a span: its word whose head lies outside the span (the highest one if several). */
export function headOfSpan(syn: Syntax, span: Span): number | null {
  const words = wordsInSpan(syn, span);
  if (words.length === 0) return null;
  const inside = new Set(words);
  let best: number | null = null;
  let bestDepth = Infinity;
  for (const w of words) {
    if (inside.has(syn.words[w].head)) continue;
    const d = depth(syn, w);
    if (d < bestDepth) {
      bestDepth = d;
      best = w;
    }
  }
  return best;
}

/** Distance from word i to its sentence root. */
export function depth(syn: Syntax, i: number): number {
  let d = 0;
  for (let w = i; syn.words[w].head >= 0 && d < syn.words.length; w = syn.words[w].head) d++;
  return d;
}

/** Index of the sentence word i belongs to (into Syntax.sentenceWordStart). */
export function sentenceOfWord(syn: Syntax, i: number): number {
  const starts = syn.sentenceWordStart;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const tokenCache = new WeakMap<Syntax, Int32Array>();

/** The parse last asked about and its index (as childIndex keeps its own). */
let lastTokens: { syn: Syntax; index: Int32Array } | null = null;

/** The first word of segment token t (a token split by the syntax stage has several), or -1. */
export function wordOfToken(syn: Syntax, t: number): number {
  let index = lastTokens?.syn === syn ? lastTokens.index : tokenCache.get(syn);
  if (!index) {
    const last = syn.words.length > 0 ? syn.words[syn.words.length - 1].token : -1;
    index = new Int32Array(last + 1).fill(-1);
    for (let i = syn.words.length - 1; i >= 0; i--) index[syn.words[i].token] = i;
    tokenCache.set(syn, index);
  }
  if (lastTokens?.syn !== syn) lastTokens = { syn, index };
  return t >= 0 && t < index.length ? index[t] : -1;
}

/** Relations that make their dependent the head of a clause of its own. */
const CLAUSAL = ['ccomp', 'xcomp', 'advcl', 'acl:*', 'csubj:*', 'parataxis'];

/** Does word i head a clause: the sentence root, a clausal dependent, or a verb or copular predicate coordinated with one? */
export function headsClause(syn: Syntax, i: number): boolean {
  const w = syn.words[i];
  if (w.head < 0 || CLAUSAL.some((r) => relationMatches(w.deprel, r))) return true;
  if (w.deprel === 'conj') return w.upos === 'VERB' || dependents(syn, i, 'nsubj:*', 'cop').length > 0;
  return false;
}

/**
 * The head of the clause word i belongs to: i itself or its nearest ancestor heading a clause
 * ("police said the man, who was arrested on Monday, …": "Monday" → "arrested").
 */
export function clauseOf(syn: Syntax, i: number): number {
  let w = i;
  for (let guard = 0; guard < syn.words.length && !headsClause(syn, w); guard++) w = syn.words[w].head;
  return w;
}

/** Is word i a verb, or a predicate with a copula ("was dead", "is president")? */
export function isPredicate(syn: Syntax, i: number): boolean {
  return syn.words[i].upos === 'VERB' || dependents(syn, i, 'cop').length > 0;
}

/** Dependents that lie outside a noun phrase's core: clauses, appositions, coordination, punctuation around them. */
const OUTSIDE_CORE = ['acl:*', 'appos', 'conj', 'cc', 'parataxis', 'dep'];

/**
 * A nominal's core phrase: its subtree without relative and other clauses, appositions and
 * conjuncts, and without punctuation at its edges ("the former minister of defence, who …" →
 * "the former minister of defence"). With coordinate, conjuncts stay ("Anna and Tom").
 */
export function nounPhraseSpan(syn: Syntax, i: number, opts: { coordinate?: boolean } = {}): Span {
  const drop = opts.coordinate ? OUTSIDE_CORE.filter((r) => r !== 'conj' && r !== 'cc') : OUTSIDE_CORE;
  const words: number[] = [];
  const stack = [i];
  while (stack.length > 0) {
    const w = stack.pop() as number;
    words.push(w);
    for (const c of children(syn, w)) if (!drop.some((r) => relationMatches(syn.words[c].deprel, r))) stack.push(c);
  }
  words.sort((a, b) => a - b);
  let a = 0;
  let b = words.length;
  while (a < b && words[a] !== i && syn.words[words[a]].upos === 'PUNCT') a++;
  while (b > a && words[b - 1] !== i && syn.words[words[b - 1]].upos === 'PUNCT') b--;
  return { start: syn.words[words[a]].start, end: syn.words[words[b - 1]].end };
}
