// "Tobias Ralph Wendel": a person written with two given names before the surname. The tagger at
// times leaves the first of them outside the name and tags only the middle name and surname,
// since in its training news a capitalised word before a full name is as often a title, a
// nationality or a team. A word it left untagged, one space before a person's name that itself
// opens with a given name, joins the person when news uses the word as a given name (the learned
// table, its usual forms and the birth records), is no courtesy title or office ("Sir", "Judge")
// and is no common word that a capital at a sentence start only makes look like one ("Will"). A
// rarer first name than the tables hold joins too where news never wrote the word at all (the
// model's casing prior lacks it) and a lower-case word stands before it: a rare role written
// before a name opens a sentence or a caption ("Fullback Ralph Wendel"), a name runs on.
import type { Mention } from '../../types.js';
import { givenNameGenderWithForms } from '../reference/given-name-gender.js';
import { shippedHonorifics } from './honorifics.js';
import { isCommonWord } from './sentence-start.js';

/** One capitalised word, with an inner capital some given names have ("DeShawn"). */
const GIVEN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;
/** The last word of the text before a name, one space before it, and the lower-case word before that if any. */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}.'’-])(?:(\p{Ll}+) )?(\p{L}+) $/u;

function isGivenName(word: string, titles: ReadonlySet<string>, casing: ReadonlyMap<string, number>): boolean {
  return GIVEN_NAME_WORD.test(word) && !titles.has(word) && !isCommonWord(word, casing) && givenNameGenderWithForms(word) !== undefined;
}

/** A given name, or a capitalised word news never wrote (a rare first name), before a person's given name. */
function isFirstName(word: string, afterLowerCase: boolean, titles: ReadonlySet<string>, casing: ReadonlyMap<string, number>): boolean {
  return isGivenName(word, titles, casing) || (afterLowerCase && GIVEN_NAME_WORD.test(word) && !titles.has(word) && !casing.has(word.toLowerCase()));
}

/** The mentions with each untagged given name one space before a person's two given names joined to the person. */
export function joinLeadingGivenNames(text: string, mentions: Mention[], casing: ReadonlyMap<string, number>): Mention[] {
  const titles = shippedHonorifics().titles;
  return mentions.map((m, i) => {
    if (m.type !== 'PER') return m;
    const words = m.text.split(' ');
    if (words.length < 2 || !isGivenName(words[0], titles, casing)) return m;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!before || !isFirstName(before[2], before[1] !== undefined, titles, casing)) return m;
    const start = m.start - before[2].length - 1;
    const previous = mentions[i - 1];
    if (previous && previous.end > start) return m;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}
