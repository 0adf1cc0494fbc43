// A two-word name the tagger read as a body or a place that opens with a given name and ends
// in a word that can only be a name ("Peyton Manning", "Barack Obama", "Frances Harrison") is a
// person: the tagger learned its names from 1987–96 news and types people it never saw by the
// sound of their surname. A thing the tagger typed MISC stays (ships, awards and films are named
// after people: "the carrier Carl Vinson"). The first word is a given name where WordNet names more
// people with it than by it (isGivenNameWord) or where news uses it for a man or a woman
// (models/given-name-genders.tsv); the last is no common word, since WordNet knows it, if at all,
// only as the name of particular people ("Sox", "Titans", "Street" stay with their teams and
// places). Places stay places: any of the gazetteer ("Santa Monica"), and one the parse places in
// another place ("between Abu Talat in Egypt and …"). Companies named after people stay
// organisations: the article writes them as part of a longer name ("Walt Disney Co.", "Betty Ford
// Center") or as a noun's modifier ("a Harry Winston store").
import type { Mention, Syntax } from '../../types.js';
import { caseMarker, dependents, headOfSpan, relationMatches } from '../syntax/query.js';
import { installedWordNet, isKindOf, rememberedPerWordNet, type WordNet } from '../lexicons/wordnet.js';
import { givenNameGender, givenNameGenderWithForms } from '../reference/given-name-gender.js';
import { isGivenNameWord } from './resolve.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** Two capitalised words of letters: no initials, numbers or designators. */
const TWO_WORDS = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;
/** Articles open no person's name ("The Maariv newspaper"), though WordNet names some people with them. */
const ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);
/** Quotation marks around a name make it a title ("starred in " Van Wilder "), not a person. */
const OPEN_QUOTE = /["“‘'`]\s*$/u;
const CLOSE_QUOTE = /^\s*["”’'`]/u;
/** WordNet's lexicographer file of people (noun.person). */
const NOUN_PERSON = 18;
/** What follows a given name in a ruler's name: a roman numeral, "of …" or "the …" (WordNet's lemma, lower case). */
const REGNAL_REST = /^(?:[ivxl]+|of|the)(?:_|$)/u;
/** What may follow a name inside a longer one: a capitalised word or an ampersand. */
const LONGER_NAME_AFTER = /^\s*(?:\p{Lu}|&|amp\b)/u;

export interface GivenNameWords {
  isGiven(word: string): boolean;
  /** Whether a word is a common word, not only a surname. */
  isCommon(word: string): boolean;
  /**
   * Whether a common word is also read as a surname after a given name that is itself no common
   * word ("Elton Brand", "Philip Pullman"): it names no place, body, feature or structure and no
   * kind of person, so no "Stanley Park", "Grace Church" or "Hugo Boss" (absent: never).
   */
  surnameToo?(word: string): boolean;
}

/** The shipped tests: WordNet's people and the given-name table; without WordNet nothing is common-word-free. */
export function shippedGivenNameWords(wn: WordNet | null = installedWordNet()): GivenNameWords {
  return {
    // "Red Sox", "Big East": a word that is also an adjective opens names of other things; a
    // particle ("Le", "De") opens surnames and papers ("Le Monde"), though news writes "he" after "De Klerk"
    isGiven: (word) => (isGivenNameWord(word, wn) || givenNameGender(word) !== undefined || (givenNameGenderWithForms(word) !== undefined && !namesACity(word))) && !opensSurnamesMostly(word, wn) && !(wn && wn.synsets(word.toLowerCase(), 'a').length > 0),
    isCommon: (word) => {
      if (!wn) return true;
      const lemma = word.toLowerCase();
      const instancePerson = (id: string) => wn.lexFile(id) === NOUN_PERSON && wn.synset(id)?.pointers.some((p) => p.symbol === '@i') === true;
      if (!wn.synsets(lemma, 'n').every(instancePerson)) return true;
      return (['v', 'a'] as const).some((pos) => wn.synsets(lemma, pos).length > 0);
    },
    surnameToo: (word) => wn !== null && namesNoBodyOrPlace(wn, word.toLowerCase()),
  };
}

/** WordNet's lexicographer files of bodies (noun.group), places (noun.location) and natural features (noun.object). */
const BODY_OR_PLACE_FILES: ReadonlySet<number> = new Set([14, 15, 17]);

/** No noun sense of the word is a body, a place, a natural feature, a structure or a kind of person, and it is no plural. */
function namesNoBodyOrPlace(wn: WordNet, lemma: string): boolean {
  if (/[^s]s$/u.test(lemma) && wn.synsets(lemma.slice(0, -1), 'n').length > 0) return false;
  return wn.synsets(lemma, 'n').every((id) => {
    const file = wn.lexFile(id);
    const instance = wn.synset(id)?.pointers.some((p) => p.symbol === '@i') === true;
    if (BODY_OR_PLACE_FILES.has(file) || (file === NOUN_PERSON && !instance)) return false;
    return !isKindOf(wn, id, (s) => s.words[0] === 'structure', { maxHops: 6 });
  });
}

/** A WordNet person's synset: its lemmas, lower-cased. */
function personLemmas(wn: WordNet, id: string): string[] | null {
  const synset = wn.synset(id);
  if (!synset || wn.lexFile(id) !== NOUN_PERSON || !synset.pointers.some((p) => p.symbol === '@i')) return null;
  return synset.words.map((w) => w.toLowerCase());
}

/**
 * Whether WordNet's names opening with a word are mostly whole surnames ("Le Corbusier", "de
 * Gaulle", "Du Bois": a particle, which also opens newspapers, "Le Monde") rather than a given
 * name before a surname the person is also called by alone ("Eli Whitney", "Whitney").
 */
function opensSurnamesMostly(word: string, wn: WordNet | null): boolean {
  if (!wn) return false;
  return surnamesMostly(wn, word.toLowerCase());
}

const surnamesMostly = rememberedPerWordNet((wn, lemma) => countsSurnamesMostly(lemma, wn));

function countsSurnamesMostly(lemma: string, wn: WordNet): boolean {
  let beforeSurname = 0;
  let whole = 0;
  const seen = new Set<string>();
  for (const id of wn.lemmasOpeningWith(lemma, 'n').flatMap((l) => wn.synsets(l, 'n'))) {
    const lemmas = seen.has(id) ? null : personLemmas(wn, id);
    seen.add(id);
    if (!lemmas) continue;
    const opening = lemmas.filter((l) => l.startsWith(`${lemma}_`));
    // a monarch, pope or saint known by the given name and a number or epithet ("Philip II",
    // "Philip of Macedon", "Philip the Fair") is no whole surname: counted neither way
    if (opening.length > 0 && opening.every((l) => REGNAL_REST.test(l.slice(lemma.length + 1)))) continue;
    if (opening.some((l) => lemmas.includes(l.slice(l.lastIndexOf('_') + 1)))) beforeSurname++;
    else whole++;
  }
  return whole > beforeSurname;
}

/** Mentions retyped as persons where a given name opens a name the tagger typed otherwise; `settled` mentions stay. */
export function typeGivenNamedPersons(text: string, mentions: readonly Mention[], syntax: Syntax | undefined, settled: ReadonlySet<Mention>, words: GivenNameWords = shippedGivenNameWords()): Mention[] {
  const inLongerName = new Map<string, boolean>();
  const partOfLongerName = (name: string) => {
    let known = inLongerName.get(name);
    if (known === undefined) {
      known = false;
      for (let i = text.indexOf(name); i >= 0 && !known; i = text.indexOf(name, i + 1)) known = LONGER_NAME_AFTER.test(text.slice(i + name.length, i + name.length + 5));
      inLongerName.set(name, known);
    }
    return known;
  };
  return mentions.map((m) => {
    if (m.type === 'PER' || m.type === 'MISC' || settled.has(m) || m.title) return m;
    const parts = TWO_WORDS.exec(m.text);
    if (!parts || ARTICLES.has(parts[1]) || !words.isGiven(parts[1])) return m;
    // a common word the article also writes in lower case is a thing's word there ("Douglas Aircraft" … "the aircraft")
    if (words.isCommon(parts[2]) && (words.isCommon(parts[1]) || words.surnameToo?.(parts[2]) !== true || writesInLowerCase(text, parts[2]))) return m;
    // "Lola Honda" beside "Reynard Honda": a word the article writes in another body's or place's name may be the company's
    // but the surname alone, typed as the full name was ("Derek Vane" … "Vane"), is the same name's short form
    if (mentions.some((o) => o !== m && (o.type === 'ORG' || o.type === 'LOC') && o.text !== m.text && o.text.split(/\s+/u).includes(parts[2]) && !(o.text === parts[2] && o.type === m.type))) return m;
    if (OPEN_QUOTE.test(text.slice(Math.max(0, m.start - 3), m.start)) && CLOSE_QUOTE.test(text.slice(m.end, m.end + 3))) return m;
    if (partOfLongerName(m.text) || modifiesANoun(m, syntax) || isGazetteerPlace(m.text)) return m;
    if (m.type === 'LOC' && placedInAPlace(m, mentions, syntax)) return m;
    return { ...m, type: 'PER' };
  });
}

/** Where a place's place is written: "in" a place or beside it in brackets or after a comma. */
const PLACING_CASES: ReadonlySet<string | null> = new Set(['in', null]);

/**
 * "a cable between Abu Talat in Egypt and …", "Kom Hamada (Egypt)": the parse places a name the
 * tagger read as a place within another place the article names, which bears out the tagger's
 * reading. A name that has an owner or speaks is a person placed where they work ("the BBC's
 * Frances Harrison in Tehran says"), so a subject or an owned name is not held a place.
 */
function placedInAPlace(m: Mention, mentions: readonly Mention[], syntax: Syntax | undefined): boolean {
  if (!syntax) return false;
  const head = headOfSpan(syntax, m);
  if (head === null || relationMatches(syntax.words[head].deprel, 'nsubj:*') || dependents(syntax, head, 'nmod:poss').length > 0) return false;
  return dependents(syntax, head, 'nmod', 'appos').some((d) => {
    const w = syntax.words[d];
    if (w.start < m.end || !PLACING_CASES.has(caseMarker(syntax, d))) return false;
    return mentions.some((o) => o.type === 'LOC' && o.start <= w.start && w.end <= o.end);
  });
}

function writesInLowerCase(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text);
}

/** A town of 100,000 people or more: "Houston", "Austin" head teams and firms as often as they name people. */
const CITY_POPULATION = 100_000;

function namesACity(word: string): boolean {
  return candidates(gazetteer(), word).entries.some((e) => (e.pop ?? 0) >= CITY_POPULATION);
}

/** Any place of the gazetteer, however small: a town named after a person is still a town. */
function isGazetteerPlace(name: string): boolean {
  return candidates(gazetteer(), name).entries.length > 0;
}

/** "a Harry Winston store": the name as a compound of a noun names what the noun belongs to. */
function modifiesANoun(m: Mention, syntax: Syntax | undefined): boolean {
  if (!syntax) return false;
  const head = headOfSpan(syntax, m);
  return head !== null && syntax.words[head].deprel === 'compound';
}
