// Verbs and phrases that attribute a statement to someone.
import { dataWordList } from '../lexicon-files.js';

/** Speech and estimate verbs ("said", "told", "estimated"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'speech-verbs.txt'));

/** Speech verbs that only attribute when written right after a quote ("” – brought the minister …", a translation of "cited"). */
export const POST_QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(['brought', 'continued', 'concluded', 'summed', 'replied', 'answered', 'asked']);

/** "citing X", "citing (figures from) X": the primary source of a figure. */
export const SOURCE_CITING: ReadonlySet<string> = new Set(['citing', 'referring', 'quoting', 'based']);

/** Words that introduce the quoted title of a work, not a quotation. */
export const TITLE_CUES: ReadonlySet<string> = new Set(['entitled', 'titled', 'called', 'named', 'dubbed', 'headlined', 'slogan', 'motto', 'known', 'so-called', 'hashtag']);
