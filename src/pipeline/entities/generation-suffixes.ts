// A generation suffix written after a person's name ("James A. Baker III", "Samuel Ortega Jr.",
// "John Doe, Jr.") is part of the name; the tagger often stops before it or types it apart as a
// name of its own. CoNLL-2003 spans "Jr" with the name (three times in train; its dev set leaves one
// out, in a results table). After a comma the suffix must not run on into a capitalised word: there
// "Sr." may title the next name ("…, Sr. Agnes Dunn").
import type { Mention } from '../../types.js';
import { extendPersons } from './person-extensions.js';

// "Jr"/"Sr" take their full stop whole, so the test after a comma cannot stop short of it
const GENERATION = '(?:(?:Jr|Sr)(?:\\.|(?![\\p{L}\\p{N}.]))|(?:II|III|IV)(?![\\p{L}\\p{N}]))';
/** The suffix after a space, or after a comma and space when no capitalised word follows it. */
const SUFFIX = new RegExp(`^(?:\\s${GENERATION}|,\\s${GENERATION}(?!\\s+\\p{Lu}))`, 'u');

/** Person mentions extended over the suffix after them; a mention of the suffix alone is dropped. */
export function joinGenerationSuffixes(text: string, mentions: Mention[]): Mention[] {
  // the suffix is a name only when nothing longer starts there ("III Corps")
  return extendPersons(text, mentions, SUFFIX, 12, (inside, end) => inside.end > end);
}
