// Words that keep a following period ("Gen.", "Inc.") and the capitalised
// words that, after such an abbreviation, still signal a new sentence. The longer lists are data files.
import { dataWordList } from '../lexicon-files.js';

/** Titles (and "Mt", "Fig") always precede a name or a number, so their period never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set(dataWordList('words', 'abbreviated-titles.txt'));

/** Other abbreviations; their period ends a sentence only before a typical sentence opener. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(dataWordList('words', 'abbreviations.txt'));

/** Abbreviations that keep their period only before a number ("No. 5", but "said no."). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'Nos', 'no', 'nos', 'NO', 'Nr', 'Art', 'art', 'Para', 'para']);

/** Capitalised words that start sentences far more often than they continue a name. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(dataWordList('words', 'sentence-openers.txt'));
