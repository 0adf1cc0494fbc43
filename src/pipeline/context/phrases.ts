// Dependency-light clause reading: word classes, noun-phrase chunks and clause
// starts over tokens, enough to tell subject from object and active from passive.
//
// Being replaced: the parse (analysis.syntax) answers these questions, through the helpers in
// ../syntax/query.ts. Each guess below names its replacement; extractors move over one by one
// (wordOfToken maps a token index of the document context to its word in the parse).
import type { DocumentContext } from './document.js';

const set = (s: string) => new Set(s.split(' '));

export const DETERMINERS = set('the a an this that these those its their his her our my your some several many any each every another no both all');
export const PREPOSITIONS = set(
  'in at on near from to by with for during after before since until into onto against among amongst across through via without within ' +
    'outside inside about between toward towards upon amid amidst under over behind beyond despite following throughout along around off versus vs vs.',
);
export const LOCATIVE = set('in at near outside inside across throughout within around');
export const TEMPORAL_PREP = set('after before during following since until amid amidst');
export const BOUNDARY = set('that which who whom whose where when while because but although though whereas if unless as');
export const AUX_BE = set('is are was were be been being am');
export const AUX_HAVE = set('has have had having');
export const MODALS = set('will would can could may might shall should must');
export const ADVERBS = set(
  'not also then already still just reportedly allegedly later soon subsequently eventually never recently swiftly quietly ' +
    'immediately reportedly apparently actually further again even only mainly mostly partly jointly successfully ' +
    'actively reportedly initially finally first previously once now currently formally officially briefly secretly earlier',
);
export const PRONOUNS = set('he she it they we i you him her them us');
export const CONJ = set('and or');

export function isPunct(w: string): boolean {
  return !/[\p{L}\p{N}]/u.test(w);
}

export function isCapitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length > 0 && w[0] !== w[0].toLowerCase() && !(c >= 48 && c <= 57);
}

/** @deprecated the parse tags words: `syntax.words[w].upos === 'ADV'`. */
export function isAdverb(w: string): boolean {
  return ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !w.endsWith('ply') && w !== 'family' && w !== 'italy');
}

/** Lower-case words that look like verb forms (-ed/-ing) and so end a noun phrase.
 * @deprecated the parse tags words: isPredicate(syntax, w) in ../syntax/query.ts, or upos VERB.
 */
export function looksVerbal(w: string): boolean {
  return ((w.length > 3 && w.endsWith('ed') && !w.endsWith('eed')) || (w.length > 4 && w.endsWith('ing'))) && !w.includes('-');
}

/**
 * Token j opens a possessive that tokenised text writes apart from its word ("the firm ' s
 * chief", "Ann ’ s sister"): an apostrophe after a word, then "s" at most one space on.
 */
export function spacedPossessiveAt(ctx: Pick<DocumentContext, 'text' | 'toks' | 'low'>, j: number): boolean {
  const w = ctx.low[j];
  if ((w !== "'" && w !== '’') || ctx.low[j + 1] !== 's' || j === 0 || !/[\p{L}\p{N}]$/u.test(ctx.low[j - 1])) return false;
  return ctx.toks[j + 1].start - ctx.toks[j].end <= 1 && ctx.toks[j].start - ctx.toks[j - 1].end <= 1;
}

/** Irregular past forms that end a noun phrase as -ed forms do ("Two rockets struck …"). */
export const IRREGULAR_PAST_VERBS = set('struck took gave made said told went came fled began held sent stole fought brought caught shot found');
const NP_STOP = new Set([...PREPOSITIONS, ...BOUNDARY, ...AUX_BE, ...AUX_HAVE, ...MODALS, ...IRREGULAR_PAST_VERBS, 'and', 'or', 'not', 'to', 'than', 'says']);

/** Forward noun phrase from token i (exclusive end), within [i, limit). Joins "of" and "and" between NPs.
 * @deprecated nounPhraseSpan(syntax, w, { coordinate }) in ../syntax/query.ts: the phrase of a nominal without its clauses and appositions.
 */
export function npForward(ctx: DocumentContext, i: number, limit: number, opts: { coordinate?: boolean } = {}): number {
  const { low, mentionAt } = ctx;
  let j = i;
  let words = 0;
  // after "of/from/in + Name" the phrase goes on only with a joiner ("citizens of Peru work abroad")
  let afterPrepName = false;
  while (j < limit) {
    const w = low[j];
    if (j > i && lineBreakBefore(ctx, j)) break;
    if (mentionAt[j] >= 0) {
      afterPrepName = afterPrepName || (j > i && (low[j - 1] === 'of' || low[j - 1] === 'from'));
      j++;
      words++;
      continue;
    }
    if (afterPrepName && w !== 'of' && w !== 'and' && w !== "'s" && w !== '’s' && !isPunct(w)) break;
    if (w === "'s" || w === '’s' || w === "'" ) {
      j++;
      continue;
    }
    if (isPunct(w) && w !== '-' && w !== '%' && w !== '$') break;
    if ((w === 'of' || (opts.coordinate && w === 'and')) && words > 0 && j + 1 < limit && startsNp(ctx, j + 1) && !(w === 'and' && looksVerbal(low[j + 1]) && !isCapitalized(ctx.toks[j + 1].text))) {
      j++;
      if (DETERMINERS.has(low[j])) j++;
      continue;
    }
    if (NP_STOP.has(w) && !(DETERMINERS.has(w) && words === 0)) break;
    if (looksVerbal(w) && words > 0 && !isCapitalized(ctx.toks[j].text)) {
      // pre-nominal participle ("armed men") continues only before another word of the phrase
      const next = low[j + 1];
      if (!(words <= 2 && next && !NP_STOP.has(next) && !isPunct(next) && !looksVerbal(next) && DETERMINERS.has(low[i]))) break;
    }
    if (words > 0 && DETERMINERS.has(w) && w !== 'all' && w !== 'both') break;
    j++;
    words++;
  }
  return j;
}

/** A line break between token j-1 and token j. */
export function lineBreakBefore(ctx: DocumentContext, j: number): boolean {
  const prev = ctx.toks[j - 1];
  return !!prev && ctx.text.slice(prev.end, ctx.toks[j].start).includes('\n');
}

/** @deprecated the parse: a nominal's phrase is its subtree (nounPhraseSpan in ../syntax/query.ts). */
export function startsNp(ctx: DocumentContext, i: number): boolean {
  const w = ctx.low[i];
  if (w === undefined) return false;
  if (ctx.mentionAt[i] >= 0) return true;
  if (DETERMINERS.has(w)) return true;
  if (isPunct(w)) return false;
  if (NP_STOP.has(w)) return false;
  return true;
}

/** Temporal subordinators that open a clause when a subject and verb follow ("after he was arrested"). */
const SUBORDINATORS = set('after before since until once');
/** Verbs of saying whose complement is a clause of its own ("the agency said German police had arrested …"). */
const SAYING = set('said says say told tells added adds reported reports stated announced confirmed noted claimed believes believe alleged');

function opensClause(ctx: DocumentContext, j: number, i: number): boolean {
  const next = ctx.low[j + 1];
  if (PRONOUNS.has(next) && next !== 'him' && next !== 'them' && next !== 'us') return true;
  for (let k = j + 1; k < Math.min(i, j + 7); k++) {
    const w = ctx.low[k];
    if (w === ',' || PREPOSITIONS.has(w)) return false;
    if (AUX_BE.has(w) || AUX_HAVE.has(w) || MODALS.has(w)) return true;
  }
  return false;
}

/** Where the clause holding token i starts (after a boundary word, semicolon, colon, dash, bracket or dateline).
 * @deprecated clauseOf(syntax, w) in ../syntax/query.ts: the head of the clause holding a word (relative, complement and adverbial clauses are clauses of their own).
 */
export function clauseStart(ctx: DocumentContext, i: number, sentStart: number): number {
  const body = ctx.bodyStart[ctx.toks[i]?.sentence ?? 0] ?? sentStart;
  const floor = i >= body ? Math.max(sentStart, body) : sentStart;
  for (let j = i - 1; j >= floor; j--) {
    const w = ctx.low[j];
    if (w === ';' || w === ':' || w === '–' || w === '—' || w === '(' || w === '[' || BOUNDARY.has(w) && w !== 'as') return j + 1;
    // a headline's comma joins two clauses ("Raids target drug network, 23 detained")
    if (w === ',' && ctx.headingSent[ctx.toks[i].sentence]) return j + 1;
    if (w === '-' && /\s/.test(ctx.text[ctx.toks[j].start - 1] ?? '') && /\s/.test(ctx.text[ctx.toks[j].end] ?? '')) return j + 1;
    if ((w === 'and' || w === 'but') && ctx.low[j - 1] === ',') return j + 1;
    if (SUBORDINATORS.has(w) && opensClause(ctx, j, i)) return j + 1;
    if (SAYING.has(w) && j + 1 < i && j > floor && !isCapitalized(ctx.toks[j].text) && ctx.quoteAt[j] < 0) {
      // "X said (that) CLAUSE": the clause after it; "reporters"/a pronoun object stays outside
      let k = j + 1;
      if (ctx.low[k] === 'reporters' || ctx.low[k] === 'journalists' || ctx.low[k] === 'him' || ctx.low[k] === 'them') k++;
      if (ctx.low[k] === 'that') k++;
      if (k < i) return k;
    }
    if (ctx.quoteAt[j] !== ctx.quoteAt[i] && ctx.quoteAt[j] < 0 !== ctx.quoteAt[i] < 0) return j + 1;
  }
  return floor;
}

/** Skip leading date expressions, their prepositions, discourse adverbs and commas. */
export function skipFrontMatter(ctx: DocumentContext, from: number, to: number): number {
  let j = from;
  const body = ctx.bodyStart[ctx.toks[from]?.sentence ?? 0] ?? from;
  if (j < body && body <= to) j = body;
  for (let guard = 0; guard < 8 && j < to; guard++) {
    const w = ctx.low[j];
    if (ctx.timeAt[j] >= 0) {
      const t = ctx.timeAt[j];
      while (j < to && ctx.timeAt[j] === t) j++;
      continue;
    }
    if (w === ',' || isAdverb(w) || w === 'only' || w === 'however' || w === 'meanwhile' || w === 'then' || w === 'later' || w === 'also') {
      j++;
      continue;
    }
    if ((w === 'in' || w === 'on' || w === 'by' || w === 'since' || w === 'at' || w === 'from') && ctx.timeAt[j + 1] >= 0) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Start of the subject in [from, to): past front matter and a fronted phrase closed by a comma ("After the raid, police …").
 * @deprecated subjects / passiveSubjects / doers(syntax, verb) in ../syntax/query.ts read the subject off the parse, past fronted phrases.
 */
export function subjectStart(ctx: DocumentContext, from: number, to: number): number {
  const j = skipFrontMatter(ctx, from, to);
  const w = ctx.low[j];
  // "Six months after the invasion began, X …": the event clause of a relative date is front matter too
  const relative = j > from && ctx.timeAt[j - 1] >= 0 && !!ctx.times[ctx.timeAt[j - 1]].value.relativeTo;
  if (PREPOSITIONS.has(w) || BOUNDARY.has(w) || relative) {
    for (let q = to - 1; q > j; q--) if (ctx.low[q] === ',') return skipFrontMatter(ctx, q + 1, to);
  }
  return j;
}

/** Tokens of [from, to) without a trailing appositive: "Gaji E., a former commander," → "Gaji E.".
 * @deprecated nounPhraseSpan(syntax, w) in ../syntax/query.ts leaves out an apposition; appositions(syntax, w) gives it.
 */
export function cutAtComma(ctx: DocumentContext, from: number, to: number): number {
  for (let j = from; j < to; j++) if (ctx.low[j] === ',' && j > from) return j;
  return to;
}

/** Words that end a noun phrase read backwards from a verb. */
export const NP_BREAK = new Set([...PREPOSITIONS, ...BOUNDARY, 'and', 'or', 'to', 'than', 'not', 'also', 'then']);
