// Number words, multipliers and the words around a number that say what it counts, compiled into Maps
// and Sets so that figure detection is one lookup per token. The longer lists are data files under data/.
import { dataNumberTable, dataWordList } from '../lexicon-files.js';

/** Number words and their values ("three", "dozens"). */
export const UNITS: ReadonlyMap<string, number> = dataNumberTable('number-words.tsv');

/** Words that multiply what precedes them ("3 thousand", "1.4 million", "two dozen"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = dataNumberTable('number-multipliers.tsv');

/** Vague plural magnitudes ("hundreds of", "dozens of"): at least two of the unit. */
export const VAGUE: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['tens', 10],
]);

/** Words after a number that make it a duration, time, age or rank rather than a count of things. */
export const NON_COUNT_UNITS: ReadonlySet<string> = new Set(dataWordList('words', 'non-count-units.txt'));

/** Words before a number that make it an identifier (article of a law, regiment, page …). */
export const IDENTIFIER_BEFORE: ReadonlySet<string> = new Set(dataWordList('words', 'identifier-before.txt'));

/** Determiners that make "the three parties" a reference to a known set, not a new figure. */
export const DEFINITE_BEFORE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'both', 'all', 'every', 'each', 'first', 'last', 'other']);

/** Currency and measurement units: counts of these are figures even without a person. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(dataWordList('words', 'measure-units.txt'));
