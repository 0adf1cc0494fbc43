// A place named with the kind of land or water it is ("Qeshm Island", "Isle of Arran", "Lake
// Tahoe") is often written again by its bare name ("Qeshm", "Arran", "Tahoe"). The kind word is,
// by its first WordNet sense, a body of water or a piece of land (island, isle, lake, sea, river,
// bay, peninsula), so "Qeshm City" or "Tahoe County" has no bare form here, nor "Capitol Hill" (a
// hill is an elevation: "the Capitol" is a building).
import { installedWordNet, isKindOf } from '../lexicons/wordnet.js';

/** WordNet's lexicographer file of natural objects (island, sea, hill). */
const NOUN_OBJECT = 17;
/** The kinds a feature word must fall under: water, or land ("island" is land surrounded by water). */
const WATER_OR_LAND = new Set(['body_of_water', 'land']);

const kindWords = new Map<string, boolean>();

/** Whether a word's first WordNet noun sense is a body of water or land ("Island", "Lake"); false without WordNet. */
export function isNaturalFeatureWord(word: string): boolean {
  const lemma = word.toLowerCase();
  let known = kindWords.get(lemma);
  if (known === undefined) {
    const wn = installedWordNet();
    const first = /^\p{L}+$/u.test(lemma) ? wn?.synsets(lemma, 'n')[0] : undefined;
    known = !!wn && first !== undefined && wn.lexFile(first) === NOUN_OBJECT && isKindOf(wn, first, (x) => x.words.some((w) => WATER_OR_LAND.has(w)), { maxHops: 4 });
    kindWords.set(lemma, known);
  }
  return known;
}

/**
 * The bare name of a place written with its kind word: "Qeshm" of "Qeshm Island" or of "Island of
 * Qeshm", "Tahoe" of "Lake Tahoe"; null for a name with no such word or nothing else.
 */
export function featureBareName(name: string): string | null {
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || w === 'of')) return null;
  if (words.length >= 3 && words[1] === 'of' && isNaturalFeatureWord(words[0])) return words.slice(2).join(' ');
  if (words.includes('of')) return null;
  if (isNaturalFeatureWord(words.at(-1)!)) return words.slice(0, -1).join(' ');
  if (isNaturalFeatureWord(words[0])) return words.slice(1).join(' ');
  return null;
}
