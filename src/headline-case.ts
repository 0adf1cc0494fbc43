// A headline written all in capitals, as wire services send them ("BAHIA COCOA REVIEW"), shown in
// title case where the product builds a title from it; the stored text keeps the capitals.

/** Words that stay lower case inside a title unless they open it. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'per', 'the', 'to', 'up', 'via', 'vs', 'with']);

/** Two-letter English words, which a headline writes in capitals like initials ("IT", but "US", "UK"). */
const TWO_LETTER_WORDS = new Set(['am', 'be', 'do', 'go', 'he', 'if', 'is', 'it', 'me', 'my', 'no', 'so', 'we']);

/** Whether the text is written all in capitals: two capitals or more and no lower-case letter. */
export function writtenInCapitals(text: string): boolean {
  return /\p{Lu}[^]*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * "BAHIA COCOA REVIEW" → "Bahia Cocoa Review", "OIL PRICES FALL IN TOKYO" → "Oil Prices Fall in
 * Tokyo"; text with any lower-case letter is returned as it is. A word without a vowel is kept in
 * capitals, as initials are written ("BP", "TV"; not "IMF", which reads "Imf"), and so is a two-letter word that is not an
 * English word ("US", "UK", "EU"); "U.S." keeps its letters.
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
    if (!opens && MINOR_WORDS.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
