// What a figure measures, read from the tokens around it: the noun phrase a count counts ("34
// Labour MPs"), the "of" phrase of a share ("75% of respondents"), the noun a number modifies
// ("a 30% hike", "$11bn fraud"), or the subject of the verb that states it ("Nickel prices rose
// 43%", "Growth was 1.1%"). The parse, where present, is asked first (see ./parse-what.ts).
import type { Span } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { isCapitalized, isPunct, looksVerbal, npForward, PREPOSITIONS } from '../../context/phrases.js';
import { UNITS } from '../../lexicons/numbers.js';
import { wordOfToken } from '../../syntax/query.js';
import { currencyBefore, figureLexicon } from '../../lexicons/figures.js';
import { dataWordList } from '../../lexicon-files.js';

const MODIFIER_PREPS = new Set(['of', 'from', 'in', 'on', 'among', 'with', 'across', 'inside']);
const CLAUSE_STOP = new Set([',', '.', ';', ':', '–', '—', '”', '"', '»', '“', '(', ')', '!', '?']);
const PREP_AFTER_PARTICIPLE = new Set(['in', 'on', 'by', 'for', 'with', 'to', 'from', 'at', 'as', 'of', 'under', 'during']);
// Verbs whose subject is what the figure after them measures.
const LEVEL_VERBS = new Set(dataWordList('words', 'level-verbs.txt'));
const SUBJECT_BREAK = new Set([...PREPOSITIONS, ',', ';', ':', '(', ')', '"', '“', '”', '–', '—', 'and', 'but', 'while', 'with', 'that', 'which', 'who', 'as', 'although', 'however', 'said', 'says']);
const NOT_A_NOUN = new Set([...PREPOSITIONS, 'of', 'to', 'and', 'or', 'than', 'but', 'the', 'a', 'an', 'this', 'that', 'last', 'next', 'this', 'said', 'says', 'is', 'was', 'were', 'are', 'will', 'would', 'has', 'had', 'have', 'be', 'lower', 'higher', 'more', 'less']);

// Words between an object and the figure that completes it ("prices by as much as").
const OBJECT_TAIL = new Set(['by', 'to', 'from', 'at', 'as', 'much', 'many', 'just', 'only', 'some', 'about', 'around', 'nearly', 'almost', 'up', 'down']);

export interface What {
  text: string;
  span?: Span;
  /** Lower-case head noun, for counts their unit. */
  head: string;
  headText: string;
  /** Token after the phrase, when it was read forward from the figure. */
  endTok?: number;
}

const NONE: What = { text: '', head: '', headText: '' };

/** Head noun phrase plus its prepositional and participial modifiers, up to the end of the clause. */
export function extendModifiers(ctx: FactsContext, j: number, to: number): number {
  const { low } = ctx;
  let end = j;
  let steps = 0;
  while (end < to && steps < 6) {
    const w = low[end];
    if (MODIFIER_PREPS.has(w) && end + 1 < to) {
      if (ctx.timeAt[end + 1] >= 0) break;
      const e = npForward(ctx, end + 1, to);
      if (e === end + 1) break;
      end = e;
    } else if ((looksVerbal(w) && !isCapitalized(ctx.toks[end].text) && (w.endsWith('ing') || PREP_AFTER_PARTICIPLE.has(low[end + 1] ?? ''))) || w === 'who' || w === 'which' || w === 'that') {
      let k = end + 1;
      // "men suspected of laundering payments and seized servers": the participle ends before the next verb
      while (k < to && !CLAUSE_STOP.has(low[k]) && k - end < 16 && !(low[k] === 'and' && looksVerbal(low[k + 1] ?? '') && !isCapitalized(ctx.toks[k + 1].text))) k++;
      end = k;
      break;
    } else break;
    steps++;
  }
  return end;
}

function phrase(ctx: FactsContext, start: number, headEnd: number, to: number): What {
  // a spaced dash ends the phrase ("six airlines - Air China, …")
  for (let k = start + 1; k < headEnd; k++) if (isSpacedDash(ctx, k)) headEnd = k;
  let end = extendModifiers(ctx, headEnd, to);
  for (let k = headEnd; k < end; k++) if (isSpacedDash(ctx, k)) { end = k; break; }
  let head = headEnd - 1;
  // the head of "citizens of Peru" is "citizens"
  for (let k = start + 1; k < headEnd; k++) if (ctx.low[k] === 'of') { head = k - 1; break; }
  const span = { start: ctx.toks[start].start, end: ctx.toks[end - 1].end };
  return { text: ctx.text.slice(span.start, span.end), span, head: ctx.low[head], headText: ctx.toks[head].text, endTok: end };
}

function isSpacedDash(ctx: FactsContext, k: number): boolean {
  const w = ctx.low[k];
  return (w === '-' || w === '–' || w === '—') && /\s/.test(ctx.text[ctx.toks[k].start - 1] ?? '') && /\s/.test(ctx.text[ctx.toks[k].end] ?? '');
}

/** The noun phrase a count counts, starting at token `at` ("Labour MPs who rebelled"); none when no noun follows. */
export function countedPhrase(ctx: FactsContext, at: number, to: number): What {
  const { low } = ctx;
  let start = at;
  if (low[start] === 'out' && low[start + 1] === 'of') {
    // "four out of five key issues": what the set holds
    start += 2;
    if (/^\d/.test(low[start] ?? '') || UNITS.has(low[start] ?? '')) start++;
  } else if (low[start] === 'of' && (PARTITIVE.has(low[start + 1]) || POSSESSIVE.has(low[start + 2]))) start += 1; // "three of the detainees", "20 of Boeing's planes"
  const partitive = start > at;
  // "52 wounded, eleven of them children": a noun after the pronoun says what the members are, and is what is counted
  if (partitive && MEMBER_PRONOUNS.has(low[start]) && start + 1 < to) {
    const e = npForward(ctx, start + 1, to);
    if (e > start + 1 && !NOT_A_NOUN.has(low[start + 1]) && !isPunct(low[e - 1]) && parsedAsNoun(ctx, e - 1)) start += 1;
  }
  // "Seven of the suspects" counts suspects: the phrase after the determiner the parse finds ("7 suspects", not "7 the suspects")
  // The determiner stays where it is a possessor's ("66 of the state's delegates") or the phrase
  // holds a number ("four of the six delegates": "4 six delegates" would misread).
  if (partitive && start + 1 < to && !POSSESSIVE.has(low[start + 2]) && parsedAsDeterminer(ctx, start)) {
    const bare = countedPhrase(ctx, start + 1, to);
    if (bare.text && !holdsNumber(ctx, bare)) return bare;
  }
  if (start >= to || isPunct(low[start]) || /^\d/.test(low[start]) || (NOT_A_NOUN.has(low[start]) && !partitive)) return NONE;
  const headEnd = npForward(ctx, start, to);
  if (headEnd <= start) return NONE;
  const last = low[headEnd - 1];
  if (isPunct(last) || NOT_A_NOUN.has(last)) return NONE;
  return phrase(ctx, start, headEnd, to);
}

// "three of the men", "several hundred of them"; "three of those detained" points back to a set already counted.
const POSSESSIVE = new Set(["'s", '’s', "'"]);
const PARTITIVE = new Set(['them', 'us', 'the', 'whom', 'its', 'their']);
const MEMBER_PRONOUNS = new Set(['them', 'us', 'whom']);

/** The parse tags token k a common noun ("children"; not "foreign" nor "affiliated"); without a parse, a word that does not look verbal. */
function parsedAsNoun(ctx: FactsContext, k: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return !NOT_A_NOUN.has(ctx.low[k]) && !looksVerbal(ctx.low[k]);
  const w = wordOfToken(syn, k);
  return w >= 0 && syn.words[w].upos === 'NOUN';
}

/** The parse makes token k a determiner ("the", "their", "its": possessive pronouns too); without a parse, "the". */
function parsedAsDeterminer(ctx: FactsContext, k: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return ctx.low[k] === 'the';
  const w = wordOfToken(syn, k);
  // a possessor's determiner ("the firm's") is not the counted noun's
  if (w >= 0 && syn.words[syn.words[w].head]?.deprel === 'nmod:poss') return false;
  return w >= 0 && syn.words[w].token === k && (syn.words[w].upos === 'DET' || /^det(?::poss)?$/.test(syn.words[w].deprel) || (syn.words[w].upos === 'PRON' && syn.words[w].deprel === 'nmod:poss')) && (w + 1 >= syn.words.length || syn.words[w + 1].token !== k);
}

/** A digit in the phrase, or a word the parse tags a number ("the six delegates"). */
function holdsNumber(ctx: FactsContext, what: What): boolean {
  if (/\d/.test(what.text)) return true;
  const span = what.span;
  return !!span && !!ctx.syntax?.words.some((w) => w.start >= span.start && w.end <= span.end && w.upos === 'NUM');
}

/** Units of length: a distance figure may name where it is measured from instead of what it measures. */
const LENGTHS: ReadonlySet<string> = new Set(['km', 'mile', 'm', 'foot']);
const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|wards?)?$|^(?:north|south)(?:east|west)$/;
const REFERENCE_START = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'where']);

/** "within 20 km of the city", "15 miles north of Goma": a length whose "of" phrase is a place it is
 *  measured from (a determiner or a name after "of"; or a compass word) measures no "of" phrase;
 *  "12 km of road" still measures the road. */
export function distanceFromPlace(ctx: FactsContext, end: number): boolean {
  const unit = figureLexicon().units.get(ctx.low[end - 1] ?? '');
  if (!unit || !LENGTHS.has(unit)) return false;
  let k = end;
  if (COMPASS.test(ctx.low[k] ?? '')) return true;
  if (ctx.low[k] !== 'of') return false;
  k++;
  return REFERENCE_START.has(ctx.low[k] ?? '') || isCapitalized(ctx.toks[k]?.text ?? '');
}

/** What a money, share or measure figure at tokens [from, end) measures. */
export function measuredThing(ctx: FactsContext, from: number, end: number, sentFrom: number, to: number, changeAt: number): What {
  const { low } = ctx;
  // "75% of respondents", "6% of its total economy"
  if (low[end] === 'of' && end + 1 < to) {
    const e = npForward(ctx, end + 1, to);
    if (e > end + 1) return phrase(ctx, end + 1, e, to);
  }
  // "a 30% hike", "$11bn fraud", "10% inflation"
  if (end < to && !NOT_A_NOUN.has(low[end]) && !isPunct(low[end]) && !looksVerbal(low[end]) && !/^\d/.test(low[end]) && ctx.timeAt[end] < 0 && (low[end - 1] !== ')')) {
    const e = npForward(ctx, end, to);
    if (e > end && !NOT_A_NOUN.has(low[e - 1])) return phrase(ctx, end, e, to);
  }
  // "Nickel prices rose 43%", "Growth was 1.1% in 2004": the subject of the verb before
  let verb = changeAt >= sentFrom && changeAt < from ? changeAt : -1;
  if (verb < 0) {
    for (let k = from - 1; k >= Math.max(sentFrom, from - 4); k--) {
      if (LEVEL_VERBS.has(low[k])) { verb = k; break; }
      if (CLAUSE_STOP.has(low[k])) break;
    }
  }
  if (verb < 0) return NONE;
  // "raising fuel prices by as much as 30%": the object between the verb and the figure
  let objEnd = from;
  while (objEnd > verb + 1 && OBJECT_TAIL.has(low[objEnd - 1])) objEnd--;
  // (not another figure: "fell 4.5% to $12.30" measures the shares, not the 4.5%)
  if (objEnd > verb + 1 && !isPunct(low[verb + 1]) && !NOT_A_NOUN.has(low[verb + 1]) && !/^\d/.test(low[verb + 1]) && currencyBefore(figureLexicon(), low[verb + 1]) === null) {
    const e = npForward(ctx, verb + 1, objEnd);
    if (e === objEnd) {
      const span = { start: ctx.toks[verb + 1].start, end: ctx.toks[e - 1].end };
      return { text: ctx.text.slice(span.start, span.end), span, head: low[e - 1], headText: ctx.toks[e - 1].text };
    }
  }
  if (verb > sentFrom) return subjectBefore(ctx, verb, sentFrom);
  return NONE;
}

/** The noun phrase right before a verb, back to the clause's start ("Japan's Kinki Nippon" in "with Japan's Kinki Nippon sliding"). */
function subjectBefore(ctx: FactsContext, verb: number, sentFrom: number): What {
  const { low } = ctx;
  let k = verb - 1;
  // skip auxiliaries and adverbs between subject and verb ("had risen", "both fell")
  // and verbs a particle completes ("edged up", "crept down")
  while (k > sentFrom && (['had', 'has', 'have', 'was', 'were', 'is', 'are', 'both', 'also', 'all', 'just', 'each'].includes(low[k]) || (looksVerbal(low[k]) && k === verb - 1))) k--;
  const end = k + 1;
  let start = end;
  while (start - 1 >= sentFrom && end - (start - 1) <= 6 && !SUBJECT_BREAK.has(low[start - 1]) && ctx.timeAt[start - 1] < 0) start--;
  if (start >= end) return NONE;
  if (['it', 'they', 'he', 'she', 'we', 'which', 'this'].includes(low[start]) && end - start === 1) return NONE;
  // "Analysts expect a cut of 15%": a phrase ending in an article is no subject
  if (['a', 'an', 'the', 'this', 'that', 'its', 'their'].includes(low[end - 1])) return NONE;
  const span = { start: ctx.toks[start].start, end: ctx.toks[end - 1].end };
  return { text: ctx.text.slice(span.start, span.end), span, head: low[end - 1], headText: ctx.toks[end - 1].text };
}

/** "the number of X … at about 250": X is what a bare number counts. */
export function numberOfPhrase(ctx: FactsContext, from: number, at: number): What | null {
  for (let i = at - 1; i > from; i--) {
    if (ctx.low[i] === 'number' && ctx.low[i + 1] === 'of') {
      const start = i + 2;
      const headEnd = npForward(ctx, start, at);
      if (headEnd <= start) return null;
      const end = extendModifiers(ctx, headEnd, at);
      let stop = end;
      while (stop > start && (isPunct(ctx.low[stop - 1]) || ['at', 'could', 'be', 'is', 'was', 'to'].includes(ctx.low[stop - 1]))) stop--;
      const span = { start: ctx.toks[start].start, end: ctx.toks[stop - 1].end };
      return { text: ctx.text.slice(span.start, span.end), span, head: ctx.low[headEnd - 1], headText: ctx.toks[headEnd - 1].text };
    }
  }
  return null;
}
