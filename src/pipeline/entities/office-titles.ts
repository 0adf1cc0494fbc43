// An office or rank written in full before a person's name ("Chancellor Kohl", "Colonel Eileen
// Collins") is no part of the name, though the tagger sometimes spans it: cut off, the name is
// written as the article's other mentions of the person are, so "Colonel Collins" is the same
// person as "Eileen Collins". WordNet decides the word: its most frequent noun sense is a kind of
// leader, official, military officer or authority (not a peer or a lawman: "Earl", "Dick" are
// given names), and WordNet knows no person of that name ("Dean", "Major", "Carter" are surnames
// too). Courtesy titles and titles that name by a given name (data/honorifics.txt: "Mr", "Judge",
// "King") are the house-style pass's and stay.
import type { Mention } from '../../types.js';
import { installedWordNet, isKindOf, type WordNet } from '../../corpus/events/wordnet.js';
import type { Honorifics } from './honorifics.js';
import { isPlaceName } from './company-short-names.js';

const NOUN_PERSON = 18;
/** Hypernyms that make a person noun an office or rank. */
const OFFICE_KINDS: ReadonlySet<string> = new Set(['leader', 'official', 'military_officer', 'authority']);
/** Peers' ranks are also given names ("Earl", "Duke"), and lawmen include slang ("dick": a detective). */
const NOT_OFFICES: ReadonlySet<string> = new Set(['aristocrat', 'lawman']);
/** A capitalised word and the space after it. */
const FIRST_WORD = /^(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})/u;

const cache = new Map<string, boolean>();

/** Whether a capitalised word names an office or rank and nobody's name ("Colonel", not "Dean"). */
export function isOfficeWord(word: string, wn: WordNet | null = installedWordNet()): boolean {
  if (!wn) return false;
  const lemma = word.toLowerCase();
  let known = cache.get(lemma);
  if (known === undefined) {
    const senses = wn.synsets(lemma, 'n');
    const first = senses[0];
    const isNamesake = senses.some((id) => wn.synset(id)?.pointers.some((p) => p.symbol === '@i') === true);
    known =
      first !== undefined &&
      wn.lexFile(first) === NOUN_PERSON &&
      !isNamesake &&
      isKindOf(wn, first, (s) => OFFICE_KINDS.has(s.words[0]), { maxHops: 8 }) &&
      !isKindOf(wn, first, (s) => NOT_OFFICES.has(s.words[0]), { maxHops: 8 });
    cache.set(lemma, known);
  }
  return known;
}

/**
 * Person mentions with leading office words cut off, where what is left is a name the article
 * writes without them: a full name of two or more words, or a name that ends another mention.
 */
export function cutOfficeTitles(mentions: Mention[], h: Honorifics, wn: WordNet | null = installedWordNet()): Mention[] {
  if (!wn) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'PER' || m.title || m.typeSettled) return m;
    let cut = 0;
    for (let w = FIRST_WORD.exec(m.text); w; w = FIRST_WORD.exec(m.text.slice(cut))) {
      if (h.titles.has(w[1]) || h.givenName.has(w[1]) || !isOfficeWord(w[1], wn)) break;
      cut += w[0].length;
    }
    if (cut === 0) return m;
    const rest = m.text.slice(cut);
    const words = rest.split(/\s+/u);
    const elsewhere = mentions.some((o) => o !== m && o.type === 'PER' && o.text !== m.text && (o.text === rest || o.text.endsWith(` ${rest}`)));
    if (words.length < 2 && !elsewhere) return m;
    return { ...m, start: m.start + cut, text: rest };
  });
}

/** A name's words with where each starts, in the mention's text. */
const wordsOf = (text: string) => [...text.matchAll(/\S+/gu)].map((w) => ({ text: w[0], start: w.index, end: w.index + w[0].length }));
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "Philadelphia District Attorney Lynne Keller", "Velmora Chief Executive Tom Ash" spanned as one
 * organisation or place: the words before an office written in full are the office's place or body,
 * and the two or three capitalised words after it the person who holds it. The office is one word or
 * a compound WordNet knows ("district_attorney"), decided as isOfficeWord decides; the office itself
 * is no part of either name, and a place the gazetteer knows well before it is that place. A
 * person's span is the house-style pass's and cutOfficeTitles's.
 */
export function splitAtInnerOffice(text: string, mentions: Mention[], wn: WordNet | null = installedWordNet()): Mention[] {
  if (!wn) return mentions;
  return mentions.flatMap((m) => {
    if (m.type === 'PER' || m.title || m.typeSettled) return [m];
    const words = wordsOf(m.text);
    if (words.length < 4 || !words.every((w) => NAME_WORD.test(w.text))) return [m];
    for (let k = 1; k < words.length - 2; k++) {
      const two = k + 1 < words.length - 2 && isOfficeWord(`${words[k].text}_${words[k + 1].text}`, wn);
      let officeEnd = two ? k + 2 : isOfficeWord(words[k].text, wn) ? k + 1 : -1;
      if (officeEnd < 0) continue;
      // an office of several words ("Chief Executive", "Vice President")
      while (officeEnd < words.length - 2 && isOfficeWord(words[officeEnd].text, wn)) officeEnd++;
      const rest = words.length - officeEnd;
      if (rest < 2 || rest > 3) return [m];
      const beforeEnd = m.start + words[k - 1].end;
      const personStart = m.start + words[officeEnd].start;
      const before = text.slice(m.start, beforeEnd);
      // a country, region or well-known town before the office is the place whose office it is
      return [
        { ...m, end: beforeEnd, text: before, type: isPlaceName(before) ? ('LOC' as const) : m.type },
        { start: personStart, end: m.end, type: 'PER' as const, text: text.slice(personStart, m.end) },
      ];
    }
    return [m];
  });
}
