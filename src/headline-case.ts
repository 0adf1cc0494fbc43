// A headline written all in capitals, as wire services send them ("BAHIA COCOA REVIEW"), shown in
// title case where the product builds a title from it; the stored text keeps the capitals.

import { installedWordNet, onlyProperNoun, type WordNet } from './pipeline/lexicons/wordnet.js';
import { spellsAcronym } from './pipeline/entities/acronym-definitions.js';

/** Words that stay lower case inside a title unless they open it. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'per', 'the', 'to', 'up', 'via', 'vs', 'with']);

/** Two-letter English words, which a headline writes in capitals like initials ("IT", but "US", "UK"). */
const TWO_LETTER_WORDS = new Set(['am', 'be', 'do', 'go', 'he', 'if', 'is', 'it', 'me', 'my', 'no', 'so', 'we']);

/** Whether the text is written all in capitals: two capitals or more and no lower-case letter. */
export function writtenInCapitals(text: string): boolean {
  return /\p{Lu}[^]*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** lexnames: noun.group, noun.location (bodies and places go by initials; "LED", a thing, is also a verb's past). */
const NAMED_FILES: ReadonlySet<number> = new Set([14, 15]);

const initialsMemo = new Map<string, boolean>();

/**
 * Whether WordNet has the word (lower case, 3 or 4 letters) only as a noun written as a name, and
 * one of its senses, a body or a place, spells it out as initials ("imf": International Monetary Fund, "nato", "opec"):
 * letters that stand for a name. A name spelt no other way ("iran", "peru", "ohio", "rome") and a
 * word with a verb or adjective sense too are words.
 */
function namedInitials(wn: WordNet, lower: string): boolean {
  let known = initialsMemo.get(lower);
  if (known !== undefined) return known;
  known =
    onlyProperNoun(wn, lower) &&
    wn.synsets(lower, 'v').length === 0 &&
    wn.synsets(lower, 'a').length === 0 &&
    wn.synsets(lower, 'n').some((id) => {
      const s = wn.synset(id);
      return s !== null && NAMED_FILES.has(s.lexFile) && s.words.some((w) => w.includes('_') && spellsAcronym(w.replace(/_/g, ' '), lower));
    });
  initialsMemo.set(lower, known);
  return known;
}

/**
 * "BAHIA COCOA REVIEW" → "Bahia Cocoa Review", "OIL PRICES FALL IN TOKYO" → "Oil Prices Fall in
 * Tokyo"; text with any lower-case letter is returned as it is. A word without a vowel is kept in
 * capitals, as initials are written ("BP", "TV"), and so is a two-letter word that is not an
 * English word ("US", "UK", "EU"), and three or four letters WordNet knows only as initials of a
 * name ("IMF", "NATO", "OPEC", "NATO'S" → "NATO's"; "IRAN" reads "Iran"); "U.S." keeps its letters.
 * Letters WordNet lacks read as a word ("IBM" → "Ibm"); without WordNet, so do all with a vowel.
 */
export function readableHeadline(text: string): string {
  if (!writtenInCapitals(text)) return text;
  let first = true;
  return text.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word) => {
    const opens = first;
    first = false;
    const lower = word.toLowerCase();
    if (!/[AEIOUY]/i.test(word.normalize('NFD'))) return word;
    if (lower.length === 2 && !MINOR_WORDS.has(lower) && !TWO_LETTER_WORDS.has(lower)) return word;
    const stem = /^(.+?)['’]s$/iu.exec(word)?.[1] ?? word;
    const wn = stem.length >= 3 && stem.length <= 4 && !MINOR_WORDS.has(stem.toLowerCase()) ? installedWordNet() : null;
    if (wn && namedInitials(wn, stem.toLowerCase())) return stem + word.slice(stem.length).toLowerCase();
    if (!opens && MINOR_WORDS.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
