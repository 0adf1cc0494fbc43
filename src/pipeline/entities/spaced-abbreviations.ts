// Text that arrives already tokenised (corpora that space every token: "the U . K . team",
// "Mt . Hood", "Carla J . Benning") splits its abbreviations from their full stops, so
// the sentence splitter ends a sentence inside "U . K ." and the tagger never sees the "U.K." or
// "Mt." it learned. The tagger reads such a letter or abbreviation and its stop as one word, written
// together, and a sentence the stop ended goes on. The segmentation itself stays as written (its
// tokens are what the text says); only the tagger's words are regrouped, and spans map back.
import type { Segmentation } from '../../types.js';
import { ABBREVIATIONS, SENTENCE_OPENERS, TITLES } from '../lexicons/abbreviations.js';
import { sentenceTokenRanges } from '../segment/sentence-starts.js';
import { spacedHyphenAt } from '../segment/spaced-hyphens.js';

/** One word as the tagger reads it: tokens [from, to) of the segmentation and their joined form. */
export interface TaggerWord {
  from: number;
  to: number;
  form: string;
}

const CAPITAL_LETTER = /^\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}/u;
/** A word in title case ("Kahn", not "KAHN" or "based"): the halves of a hyphenated name. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** Whether tokens k and k + 1 are a capital initial and its stop, each after a single space. */
function spacedInitialAt(text: string, seg: Segmentation, k: number): boolean {
  const t = seg.tokens;
  return t[k + 1] !== undefined && CAPITAL_LETTER.test(t[k].text) && t[k + 1].text === '.' && text.slice(t[k - 1].end, t[k].start) === ' ' && text.slice(t[k].end, t[k + 1].start) === ' ';
}

/** Whether a line break lies between token k and the one after it: a paragraph or heading ends there. */
function lineBreakAfter(text: string, seg: Segmentation, k: number): boolean {
  const next = seg.tokens[k + 1];
  return next !== undefined && text.slice(seg.tokens[k].end, next.start).includes('\n');
}

/**
 * Whether token i and the full stop after it are one abbreviation written apart: a single space
 * between them, and either a run of spaced capital initials ("U . K ."), a listed title ("Mt ."), a
 * listed abbreviation before a capitalised word ("St . Paul"), or a middle initial between
 * capitalised words ("Carla J . Benning").
 */
function spacedStop(text: string, seg: Segmentation, i: number): boolean {
  const t = seg.tokens;
  const stop = t[i + 1];
  if (!stop || stop.text !== '.' || text.slice(t[i].end, stop.start) !== ' ') return false;
  const word = t[i].text;
  if (TITLES.has(word)) return true;
  // an abbreviation inside a longer name ("St . Paul"); one that ends a clause ("Salem , Ore . ,
  // said") keeps its stop apart, as the name's forms are listed without it
  if (ABBREVIATIONS.has(word)) return t[i + 2] !== undefined && CAPITALISED.test(t[i + 2].text) && !SENTENCE_OPENERS.has(t[i + 2].text);
  if (!CAPITAL_LETTER.test(word)) return false;
  if (spacedInitialAt(text, seg, i + 2)) return true;
  const next = t[i + 2];
  if (leadingInitial(seg, i)) return true;
  return i > 0 && CAPITALISED.test(t[i - 1].text) && t[i - 1].text.length > 1 && next !== undefined && CAPITALISED.test(next.text) && next.text.length > 1 && !SENTENCE_OPENERS.has(next.text);
}

/**
 * "; L . Patrick Gray ,", "burglar G . Gordon Liddy": a first initial before a given name and a
 * surname, each in title case, after punctuation or a lower-case word; after a capitalised word the
 * letter is that word's ("Plan B . Patrick Gray said" ends a sentence at "B").
 */
function leadingInitial(seg: Segmentation, i: number): boolean {
  const t = seg.tokens;
  const before = t[i - 1];
  const [given, surname] = [t[i + 2], t[i + 3]];
  if (before !== undefined && !/^(?:\p{P}+|\p{Ll}+)$/u.test(before.text)) return false;
  return given !== undefined && surname !== undefined && TITLE_CASE.test(given.text) && TITLE_CASE.test(surname.text) && !SENTENCE_OPENERS.has(given.text);
}

/**
 * Token i is the full stop of a listed title written apart in tokenised text ("Mr . Magruder"): part
 * of the name that follows, not the end of a sentence.
 */
export function spacedTitleStop(text: string, tokens: Segmentation['tokens'], i: number): boolean {
  const title = tokens[i - 1];
  return i > 0 && tokens[i].text === '.' && TITLES.has(title.text) && text.slice(title.end, tokens[i].start) === ' ' && tokens[i + 1] !== undefined && CAPITALISED.test(tokens[i + 1].text);
}

/**
 * The document's sentences as the tagger reads them: spaced abbreviations joined into one word,
 * and a sentence that ended at such a stop joined to the next; in a tokenised text, a hyphenated
 * name written apart ("Strauss - Kahn") is one word too (see spaced-hyphens.ts). Only names: a
 * common word ("court - mandated") or a name and a word ("Ohio - based") joined lost more names and
 * coreference than it found on the tuning sets.
 */
export function taggerSentences(text: string, seg: Segmentation): TaggerWord[][] {
  const out: TaggerWord[][] = [];
  let current: TaggerWord[] = [];
  let joinNext = false;
  let next = 0;
  for (const { from, to } of sentenceTokenRanges(seg)) {
    // a sentence the last joined word swallowed whole ("K ." of "U . K .")
    if (next >= to) continue;
    if (!joinNext && current.length) {
      out.push(current);
      current = [];
    }
    joinNext = false;
    for (let i = Math.max(from, next); i < to; i++) {
      if (i + 1 < seg.tokens.length && spacedStop(text, seg, i)) {
        // a run of initials is one word: "U . K ." is "U.K."
        let end = i + 2;
        while (CAPITAL_LETTER.test(seg.tokens[i].text) && spacedInitialAt(text, seg, end)) end += 2;
        const form = seg.tokens.slice(i, end).map((t) => t.text).join('');
        current.push({ from: i, to: end, form });
        // the stop ended the segment's sentence (or opened the next): the tagger's goes on, unless
        // a line ends there ("… Jr ." closing a paragraph)
        if (end >= to) joinNext = !lineBreakAfter(text, seg, end - 1);
        i = end - 1;
      } else if (seg.tokensApart && i + 2 < to && spacedHyphenAt(text, seg.tokens, i + 1) && TITLE_CASE.test(seg.tokens[i].text) && TITLE_CASE.test(seg.tokens[i + 2].text)) {
        let end = i + 3;
        while (end + 1 < to && spacedHyphenAt(text, seg.tokens, end) && TITLE_CASE.test(seg.tokens[end + 1].text)) end += 2;
        current.push({ from: i, to: end, form: seg.tokens.slice(i, end).map((t) => t.text).join('') });
        i = end - 1;
      } else current.push({ from: i, to: i + 1, form: seg.tokens[i].text });
      next = i + 1;
    }
  }
  if (current.length) out.push(current);
  return out;
}
