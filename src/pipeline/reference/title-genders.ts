// The gender a title before a name gives its bearer ("Mr", "Mrs", "Lady"): the speaker resolver
// weighs it for pronouns, and entity resolution keeps a "Mrs X" apart from a man named X.
import type { NameGender } from './given-name-gender.js';

/** Lower-case titles, as written before a name (with or without the full stop). */
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'baron']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'dame', 'queen', 'princess', 'baroness', 'sister']);

/** The gender a title gives ("Mrs" → f), if it gives one ("Dr" none). */
export function titleGender(title: string): NameGender | undefined {
  const t = title.toLowerCase();
  return MALE_TITLES.has(t) ? 'm' : FEMALE_TITLES.has(t) ? 'f' : undefined;
}
