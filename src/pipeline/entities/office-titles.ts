// An office or rank written in full before a person's name ("Chancellor Kohl", "Colonel Eileen
// Collins") is no part of the name, though the tagger sometimes spans it: cut off, the name is
// written as the article's other mentions of the person are, so "Colonel Collins" is the same
// person as "Eileen Collins". WordNet decides the word: its most frequent noun sense is a kind of
// leader, official, military officer or authority (not a peer or a lawman: "Earl", "Dick" are
// given names), and WordNet knows no person of that name ("Dean", "Major", "Carter" are surnames
// too). Courtesy titles and titles that name by a given name (data/honorifics.txt: "Mr", "Judge",
// "King") are the house-style pass's and stay.
import type { Mention } from '../../types.js';
import { installedWordNet, isKindOf, type WordNet } from '../lexicons/wordnet.js';
import type { Honorifics } from './honorifics.js';

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
