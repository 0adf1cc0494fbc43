// "Ann B. Lee", "Ann B . Lee": a given name before a person's name that opens with
// a middle initial is that person's first name. The tagger at times reads the given name apart
// (as a body or a town, which some given names also name) and the initial and surname as the
// person; no name of a place or body stands right before a person's initial. Only a word that news
// uses as a man's or woman's given name (models/given-name-genders.tsv, with its usual forms) joins.
import type { Mention } from '../../types.js';
import { givenNameGenderWithForms } from '../reference/given-name-gender.js';

/** A person's name that opens with an initial and its stop, written together or apart ("B. Lee", "B . Lee"). */
const OPENS_WITH_INITIAL = /^\p{Lu} ?\. \p{Lu}/u;
/** One capitalised word. */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The mentions with each given name joined to the initialled person's name one space after it. */
export function joinGivenNamesBeforeInitials(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const before = out.at(-1);
    if (before && m.type === 'PER' && OPENS_WITH_INITIAL.test(m.text) && before.end + 1 === m.start && text[before.end] === ' ' && ONE_WORD.test(before.text) && givenNameGenderWithForms(before.text) !== undefined) {
      out[out.length - 1] = { start: before.start, end: m.end, type: 'PER', text: text.slice(before.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}
