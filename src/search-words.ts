// A searched word also finds its inflections: "arrest" finds "arrested" and "arrests", "killings"
// finds "killing". Done by writing the forms into the query, not by a stemming tokenizer, so that
// SQLite's FTS5 and PostgreSQL (whose stemmers differ: Porter and Snowball) find the same articles
// and neither index has to be rebuilt. A form is a regular inflection of a base form that WordNet
// knows as a noun or verb, so "new" does not find "news" (WordNet has no noun or verb "new"), as a
// stemmer's suffix stripping would. WordNet's exception lists add the forms no suffix rule undoes:
// "said" finds "say", "flee" finds "fled", "kidnap" finds "kidnapped". Where they give a word an
// irregular form, the regular one is searched beside it all the same: news writes "thrived" and
// "weaved" more than the listed "throve" and "wove", and a made-up one ("sayed") finds nothing. The
// forms a search says it took in are only those the corpus holds (Store.indexedWords), so a reader
// is never shown a made-up one. A word typed with a capital
// ("Gates", "Rice") is a name and is searched as written, unless it opens the query: a phone's
// keyboard capitalises the first word ("Arrest").
import { parseSearchQuery, queryWords, type ParsedQuery } from './store/fts-query.js';
import { gerund, regularPast, thirdPerson } from './pipeline/lexicons/inflections.js';
import { baseForms, installedWordNet, onlyProperNoun, type WordNet, type WordNetPos } from './pipeline/lexicons/wordnet.js';
import { shippedExceptions, type ExceptionForms } from './pipeline/lexicons/wordnet-exceptions.js';

const PARTS: WordNetPos[] = ['n', 'v'];

/** A short word ending consonant–vowel–consonant doubles its last letter before -ed and -ing ("stop", "stopped"),
 *  and takes neither undoubled ("stoped"). */
const DOUBLES = /^[^aeiou]*[aeiou][bdgklmnprt]$/;

/** The typed query with each plain word's inflections as alternatives of it (words excluded with - too). */
export function searchQuery(typed: string, wn: WordNet | null = installedWordNet()): ParsedQuery {
  return parseSearchQuery(typed, wn ? (word, opensQuery) => wordForms(opensQuery ? word.toLowerCase() : word, wn) : undefined);
}

/** The words a parsed query searches beyond those typed (its inflections), for a page that marks
 *  the matches in an article: the reader finds "arrested" for a search for "arrest". */
export function addedForms(typed: string, parsed: ParsedQuery): string[] {
  const typedWords = new Set(queryWords(parseSearchQuery(typed)));
  return queryWords(parsed).filter((w) => !typedWords.has(w));
}

/** The other inflections of a lower-case word, through every noun or verb base it has; [] for a name. */
export function wordForms(word: string, wn: WordNet, exceptions: (pos: WordNetPos) => ExceptionForms = shippedExceptions): string[] {
  if (!/^\p{Ll}{3,}$/u.test(word)) return [];
  const forms = new Set<string>();
  for (const pos of PARTS) {
    const listed = exceptions(pos);
    for (const base of candidateBases(word, pos, wn, listed)) if (isLemma(wn, base, pos)) for (const form of inflections(base, pos, listed, wn)) forms.add(form);
  }
  forms.delete(word);
  return [...forms];
}

/** The word and WordNet's base forms of it (its suffix rules', its exception list's), and a doubled
 *  last consonant undone ("stopped" → "stop"). A verb that is a lemma itself keeps to its own forms:
 *  "found" (a company) does not find "find", nor "saw" "see"; a plural that WordNet also lists as a
 *  noun ("men", a work force) still finds its singular. */
function candidateBases(word: string, pos: WordNetPos, wn: WordNet, listed: ExceptionForms): string[] {
  const out = baseForms(word, pos);
  if (pos !== 'v' || !isLemma(wn, word, pos)) out.push(...listed.basesOf(word));
  // WordNet's "-men" → "-man", which baseForms leaves to longer words than "women"
  if (pos === 'n' && word.endsWith('men')) out.push(`${word.slice(0, -3)}man`);
  const undoubled = /^(.+?)([bdgklmnprt])\2(?:ed|ing)$/.exec(word);
  if (pos === 'v' && undoubled) out.push(undoubled[1] + undoubled[2]);
  return out;
}

/** Whether WordNet has this exact lemma (not only through its own base form, as synsets() also
 *  answers), as a common word: a place's name ("kinshasa") has no plural to find. */
function isLemma(wn: WordNet, lemma: string, pos: WordNetPos): boolean {
  const ids = wn.synsets(lemma, pos);
  return ids.length > 0 && (wn.synset(ids[0])?.words.includes(lemma) ?? false) && !(pos === 'n' && onlyProperNoun(wn, lemma));
}

function inflections(base: string, pos: WordNetPos, listed: ExceptionForms, wn: WordNet): string[] {
  const irregular = listed.formsOf(base);
  const out = [base, ...irregular];
  // a base that already ends in a plural's -s ("news", "arms") takes no other; "-man" also reads
  // WordNet's "-men" backwards ("gunman" finds "gunmen", and "human" "humans")
  if (!(/[^s]s$/.test(base) && base.length > 3)) {
    out.push(thirdPerson(base));
    if (pos === 'n' && base.endsWith('man') && irregular.length === 0) out.push(`${base.slice(0, -3)}men`);
  }
  if (pos === 'n') return out;
  // A short word ending consonant–vowel–consonant takes -ed and -ing on its doubled last letter.
  const stem = DOUBLES.test(base) ? base + base[base.length - 1] : null;
  // A listed -ed form is the spelling of that slot ("kidnapped", "fled"; the US "kidnaped" aside).
  if (!irregular.some((f) => f.endsWith('ed'))) {
    const past = stem ? `${stem}ed` : regularPast(base);
    // Beside an irregular past ("thrived" beside "throve") the regular one is searched too, unless it
    // is another verb's: "see" does not find "seed", nor "be" "bed".
    const irregularPast = irregular.some((f) => !f.endsWith('ing')) || (stem !== null && irregular.includes(`${stem}ing`));
    if (!irregularPast || !anotherWordsForm(wn, past, base)) out.push(past);
  }
  if (!irregular.some((f) => f.endsWith('ing'))) out.push(stem ? `${stem}ing` : gerund(base));
  return out;
}

/** Whether a regular past is a verb of its own or a form of another verb: "seed", "bed", "sited" (site). */
function anotherWordsForm(wn: WordNet, past: string, base: string): boolean {
  return isLemma(wn, past, 'v') || baseForms(past, 'v').some((b) => b !== past && b !== base && isLemma(wn, b, 'v'));
}
