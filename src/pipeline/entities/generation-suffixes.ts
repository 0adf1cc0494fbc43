// A generation numeral written after a person's name ("James A. Baker III") is part of the name;
// the tagger often stops before it or types "III" apart as a name of its own. "Jr." and "Sr." are
// left as the tagger has them: it mostly spans them already, CoNLL-2003 leaves them out now and
// then (extending over them cost a name on its dev set), and entity resolution joins one tagged
// apart to the name before it.
import type { Mention } from '../../types.js';
import { extendPersons } from './person-extensions.js';

/** The numerals II–IV after a space. */
const SUFFIX = /^\s(?:II|III|IV)(?![\p{L}\p{N}])/u;

/** Person mentions extended over the suffix after them; a mention of the suffix alone is dropped. */
export function joinGenerationSuffixes(text: string, mentions: Mention[]): Mention[] {
  // the suffix is a name only when nothing longer starts there ("III Corps")
  return extendPersons(text, mentions, SUFFIX, 6, (inside, end) => inside.end > end);
}
