// Is a common noun a word for a person ("gunman", "voters") or for a thing ("anger", "border")?
// WordNet answers by the lexicographer file of the noun's most frequent sense: noun.person (file
// 18) is a person. Where no sense of the word was counted in WordNet's tagged corpus ("flak"), its
// first sense is no more frequent than the others, so most of its senses must be persons. A spelling guess ("-er", "-ist") made "anger", "order" and "border" people.
// The guess stays only for a word WordNet lacks, or when WordNet is not installed.
import type { WordNet } from '../../corpus/events/wordnet.js';

/** WordNet's lexicographer file noun.person (lexnames). */
export const NOUN_PERSON = 18;

/** A test of single lower-case words, answered once per word (the facts stage asks about the same words often). */
export type PersonWordTest = (word: string) => boolean;

/** Is `word` a person by WordNet (its most frequent noun sense is noun.person), or by `fallback` where WordNet has no noun of it? */
export function personWordTest(wn: WordNet | null, fallback: RegExp): PersonWordTest {
  const cache = new Map<string, boolean>();
  return (word) => {
    let yes = cache.get(word);
    if (yes === undefined) {
      const ids = wn ? wn.synsets(word, 'n') : [];
      if (!wn || ids.length === 0) yes = fallback.test(word);
      else if (wn.taggedSenses(word, 'n') > 0) yes = wn.lexFile(ids[0]) === NOUN_PERSON;
      else yes = ids.filter((id) => wn.lexFile(id) === NOUN_PERSON).length * 2 > ids.length;
      cache.set(word, yes);
    }
    return yes;
  };
}
