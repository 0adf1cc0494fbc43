// "Marta Kowalczyk" … "Kowalcyzk": news copy misspells a surname now and then, a letter dropped,
// doubled, changed or two swapped, and the tagger, not knowing the misspelt word, often types it
// a place or a thing. A one-word name that no full name of its article bears as a surname, one
// edit away (Damerau: one letter inserted, dropped or changed, or two neighbours swapped) from the
// surname of exactly one person the article names in full, is that person. Both words run to five
// letters at least and open with the same letter, so short names that differ by a letter ("Hill",
// "Hall") stay apart; a known place, nationality or given name is never taken for a misspelling
// ("Paige" beside "Page"), nor a word inside another name of the article ("Angeles" of "Los Angeles").
import type { EntityType } from '../../types.js';

export interface SpelledName {
  type: EntityType;
  /** Name words without a title, lower-cased. */
  tokens: string[];
  /** The surname of a full person name (lower-cased); undefined for other names. */
  surname?: string;
  /** Linked already, titled, or a relative's or nickname's form: not a candidate. */
  fixed: boolean;
  /** The mention as written. */
  text: string;
}

const MIN_LETTERS = 5;

/** Whether two words differ by one edit: a letter inserted, dropped or changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let k = 0; k < a.length && diff.length <= 2; k++) if (a[k] !== b[k]) diff.push(k);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return short.slice(k) === long.slice(k + 1);
}

/** One-word names (index) → the index of a full person name whose surname each misspells. */
export function misspeltSurnames(names: readonly SpelledName[], isKnownWord: (text: string) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  const bearers = names.flatMap((n, i) => (n.type === 'PER' && n.surname && n.surname.length >= MIN_LETTERS ? [i] : []));
  if (bearers.length === 0) return out;
  const surnames = new Set(bearers.map((k) => names[k].surname!));
  const inLonger = new Set(names.filter((n) => n.tokens.length >= 2).flatMap((n) => n.tokens));
  names.forEach((n, i) => {
    if (n.fixed || n.tokens.length !== 1) return;
    const word = n.tokens[0];
    if (word.length < MIN_LETTERS || surnames.has(word) || inLonger.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(n.text)) return;
    const near = bearers.filter((k) => names[k].surname![0] === word[0] && oneEditApart(names[k].surname!, word));
    if (new Set(near.map((k) => names[k].tokens.join(' '))).size !== 1 || isKnownWord(n.text)) return;
    out.set(i, near[0]);
  });
  return out;
}
