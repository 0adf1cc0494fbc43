// What a figure measures, read from the dependency parse: the noun a count counts (nummod, or
// "three of the soldiers") with the modifiers under it ("34 Labour MPs who rebelled"), and for a
// share or an amount the noun its unit modifies ("a 30% hike"), its "of" phrase ("75% of
// respondents").
import type { Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { children, countedNoun, dependents, relationMatches, wordOfToken } from '../../syntax/query.js';
import type { What } from './what.js';

// Dependents that leave a noun phrase's core: coordination, appositions, loose attachments.
const OUTSIDE = ['conj', 'cc', 'appos', 'parataxis', 'dep', 'punct', 'discourse', 'vocative', 'reparandum'];
const NOUNS = new Set(['NOUN', 'PROPN']);

/** The words of a nominal's phrase right of `after`, without what lies outside its core; at most `limit` words. */
function phraseWords(syn: Syntax, head: number, after: number, limit = 10): number[] {
  const words: number[] = [];
  const stack = [head];
  while (stack.length) {
    const w = stack.pop()!;
    if (w > after) words.push(w);
    for (const c of children(syn, w)) {
      // other numbers under the noun ("of the eight men", "votes to 203") are figures of their own
      if (OUTSIDE.some((r) => relationMatches(syn.words[c].deprel, r)) || (syn.words[c].upos === 'NUM' && w === head)) continue;
      stack.push(c);
    }
  }
  words.sort((a, b) => a - b);
  // keep the run of words from the first after the figure, without gaps
  const out: number[] = [];
  for (const w of words) {
    if (out.length && w !== out[out.length - 1] + 1) break;
    out.push(w);
  }
  // no leading "of the", no trailing preposition; a long tail is cut at the limit
  while (out.length && ['case', 'det', 'det:poss'].includes(syn.words[out[0]].deprel) && out[0] !== head) out.shift();
  while (out.length > 1 && out[out.length - 1] !== head && ['ADP', 'CCONJ', 'PUNCT', 'DET'].includes(syn.words[out[out.length - 1]].upos)) out.pop();
  return out.length > limit ? closedPrefix(syn, out, head, Math.max(limit, out.indexOf(head) + 1)) : out;
}

/**
 * A long phrase cut to its first `limit` words, shortened until the cut falls between whole phrases
 * of the parse: every word kept hangs on a kept word and keeps all its own words, so a modifier is
 * in whole or not at all ("two construction companies", not "… companies bribes totaling at least
 * 180 million rubles for" when the parse hangs a long clause on the noun).
 */
function closedPrefix(syn: Syntax, run: number[], head: number, limit: number): number[] {
  const inRun = new Set(run);
  const minHead = run.indexOf(head) + 1;
  for (let cut = limit; cut > minHead; cut--) {
    const kept = new Set(run.slice(0, cut));
    const closed = [...kept].every((w) => (w === head || kept.has(syn.words[w].head)) && children(syn, w).every((c) => !inRun.has(c) || kept.has(c)));
    if (closed) return run.slice(0, cut);
  }
  return run.slice(0, minHead);
}

function toWhat(ctx: DocumentContext, syn: Syntax, words: number[], head: number): What | null {
  if (!words.length || !words.includes(head)) return null;
  const span = { start: syn.words[words[0]].start, end: syn.words[words[words.length - 1]].end };
  return { text: ctx.text.slice(span.start, span.end), span, head: syn.words[head].text.toLowerCase(), headText: syn.words[head].text };
}

const PHRASE_BREAKS = new Set([',', ';', ':', '(', ')', '–', '—']);

/** A comma, semicolon, colon, bracket or dash between words a and b: they are not one noun phrase. */
function punctuationBetween(syn: Syntax, a: number, b: number): boolean {
  for (let w = a + 1; w < b; w++) if (PHRASE_BREAKS.has(syn.words[w].text)) return true;
  return false;
}

/** The figure's own head: the word of its words [first, last] whose head lies outside them. */
function figureHead(syn: Syntax, first: number, last: number): number {
  let unit = last;
  for (let w = first; w <= last; w++) if (syn.words[w].head < first || syn.words[w].head > last) unit = w;
  return unit;
}

/** The last word of the figure's tokens [from, end). */
function lastWord(syn: Syntax, end: number): number {
  for (let t = end - 1; t >= 0; t--) {
    const w = wordOfToken(syn, t);
    if (w >= 0) {
      let last = w;
      while (last + 1 < syn.words.length && syn.words[last + 1].token === t) last++;
      return last;
    }
  }
  return -1;
}

/** The counted noun phrase of the number at token `core`, from the parse; null when the parse says it counts nothing. */
export function parsedCount(ctx: DocumentContext, syn: Syntax, core: number, end: number): What | null {
  const num = wordOfToken(syn, core);
  if (num < 0) return null;
  const noun = countedNoun(syn, num);
  if (noun === null || !NOUNS.has(syn.words[noun].upos)) return null;
  const last = lastWord(syn, end);
  if (noun <= last && noun !== num + 1) return null;
  return toWhat(ctx, syn, phraseWords(syn, noun, Math.max(num, last)), noun);
}

/** What an amount or share at tokens [from, end) measures, from the parse; null when the parse does not say. */
export function parsedMeasured(ctx: DocumentContext, syn: Syntax, from: number, end: number): What | null {
  const last = lastWord(syn, end);
  if (last < 0) return null;
  const first = wordOfToken(syn, from);
  const unit = figureHead(syn, first, last);
  const of = dependents(syn, unit, 'nmod', 'nmod:*').find((m) => m > last && dependents(syn, m, 'case').some((c) => syn.words[c].text.toLowerCase() === 'of'));
  if (of !== undefined && NOUNS.has(syn.words[of].upos)) return toWhat(ctx, syn, phraseWords(syn, of, last), of);
  const u = syn.words[unit];
  if (u.head < 0) return null;
  const head = syn.words[u.head];
  // "a 30% hike", "$11bn fraud": the noun the figure modifies, never past a comma or colon
  // ("toll rises to 17, hospital sources say": the parse may hang the number on the sources)
  if (NOUNS.has(head.upos) && u.head > last && /^(?:nummod|amod|compound|nmod)/.test(u.deprel) && !punctuationBetween(syn, last, u.head)) return toWhat(ctx, syn, phraseWords(syn, u.head, last), u.head);
  // the subject of the clause ("Nickel prices rose 43%") is left to the words around the figure:
  // measured on the development set, the parse's subjects of coordinated clauses mislead more often
  return null;
}

// Left dependents that belong to a noun's name: "net loss", "operating profit", "Canadian dollar sales".
const NAME_PARTS = ['compound', 'amod', 'flat'];

/**
 * The noun an amount is "of", from the parse: "a net loss of 500 mln dlrs" → "net loss". The noun
 * stands before the figure, with the words that name it (no determiner); null when the parse does not
 * hang the figure on a noun by "of".
 */
export function parsedAmountHolder(ctx: DocumentContext, syn: Syntax, from: number, end: number): What | null {
  const last = lastWord(syn, end);
  if (last < 0) return null;
  const first = wordOfToken(syn, from);
  const unit = figureHead(syn, first, last);
  const u = syn.words[unit];
  if (u.head < 0 || u.head >= first || !relationMatches(u.deprel, 'nmod') || !NOUNS.has(syn.words[u.head].upos)) return null;
  const of = dependents(syn, unit, 'case').find((c) => syn.words[c].text.toLowerCase() === 'of');
  if (of === undefined || of !== first - 1 || punctuationBetween(syn, u.head, first)) return null;
  let start = u.head;
  while (start > 0 && syn.words[start - 1].head === u.head && NAME_PARTS.some((r) => relationMatches(syn.words[start - 1].deprel, r))) start--;
  const words: number[] = [];
  for (let w = start; w <= u.head; w++) words.push(w);
  return toWhat(ctx, syn, words, u.head);
}
