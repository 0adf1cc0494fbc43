// A full name right after a lower-case word for a person ("quarterback Tom Vell", "running back
// Ada Kerr", "pitchers Lou Brandt and …") is a person there, though the tagger, which never saw the
// name, typed it a body or a place. In CoNLL-2003 train, of the 289 2-3-word names right after
// such a noun whose words pass the tests below, 285 are persons; of the other four, a designator
// ("Niugini Mining Ltd") or the gazetteer ("Sri Lanka") rules out three. Things (MISC) stay: ships
// and works are named after people ("the aircraft carrier Carl Vinson"). The noun: its most
// frequent WordNet sense is noun.person and it has no adjective sense ("official", "conservative",
// "ethnic" also qualify bodies). The name: two or three capitalised words, the last no common word
// (a company's "Lynch", "United" and "Daily" are) unless the first is a given name and no common
// word ("coach Eddie Jordan"), no company designator and no gazetteer place.
import type { Mention } from '../../types.js';
import { baseForms, installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { personWordTest, type PersonWordTest } from '../senses/person-words.js';
import { isCompanyDesignator } from './names.js';
import { shippedGivenNameWords, type GivenNameWords } from './given-name-persons.js';
import { shippedDescriptors } from './descriptors.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** The lower-case word and the one space before a name: no comma or full stop between. */
const NOUN_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)[ \t]$/u;
/**
 * The two lower-case words before a name, parted by a space or a hyphen however spaced: a
 * compound that names a person as a whole ("running back", "free agent", "left-hander"), though
 * its last word alone is no role noun (an adjective too, or a body part, or nothing at all).
 */
const COMPOUND_BEFORE = /(?:^|[^\p{L}-])(\p{Ll}+)(?:([ \t])|[ \t]?-[ \t]?)(\p{Ll}+)[ \t]$/u;
/** A name that a list goes on after: a comma or "and". */
const LIST_GOES_ON = /^[ \t]*(?:,|and(?![\p{L}]))/u;
/** A word of a name: capitalised, or initials ("A.J.", "CC"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

export interface RoleNounWords {
  isRoleNoun(word: string): boolean;
  /**
   * Whether a word for a person that is also an adjective ("executive", "forward") is the noun
   * after the word before it: a noun that is no adjective ("marketing executive") or a hyphened
   * modifier ("free-agent forward") leaves it no adjective to qualify the name ("the official X").
   */
  isRoleNounAfter?(word: string, before: string): boolean;
  names: GivenNameWords;
}

/** The shipped tests, from WordNet; without it nothing is a role noun. */
export function shippedRoleNounWords(wn: WordNet | null = installedWordNet()): RoleNounWords {
  const isPerson: PersonWordTest = personWordTest(wn, /(?!)/u);
  // nouns the descriptors file gives bodies or places ("retailer", "insurer", "resident") are not people's
  const otherKinds = shippedDescriptors().kinds;
  return {
    isRoleNoun: (word) => wn !== null && isPerson(word) && wn.synsets(word, 'a').length === 0 && !baseForms(word, 'n').some((w) => otherKinds.has(w)),
    isRoleNounAfter: (word, before) =>
      wn !== null && isPerson(word) && !baseForms(word, 'n').some((w) => otherKinds.has(w)) && (before.includes('-') || (wn.synsets(before, 'n').length > 0 && wn.synsets(before, 'a').length === 0)),
    names: shippedGivenNameWords(wn),
  };
}

let shipped: RoleNounWords | undefined;

/** Mentions with the full names a role noun stands right before made persons, and those persons (settled); settled and titled mentions stay. */
export function typeRoleNounPersons(
  text: string,
  mentions: Mention[],
  settled: ReadonlySet<Mention>,
  words: RoleNounWords = (shipped ??= shippedRoleNounWords()),
): { mentions: Mention[]; settled: Set<Mention> } {
  const made = new Set<Mention>();
  const out = mentions.map((m) => {
    if (m.type === 'PER' || m.type === 'MISC' || m.title || m.typeSettled || settled.has(m)) return m;
    // the word before the name first: most names have no role noun there, and the name's own
    // tests (given names, the gazetteer) cost more than the noun's, which WordNet answers once per word
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const noun = compoundRoleNoun(before, words) ?? NOUN_BEFORE.exec(before)?.[1];
    if (noun === undefined || !(words.isRoleNoun(noun) || isRoleNounAfterNoun(before, noun, words)) || !isFullName(m.text, words.names)) return m;
    // "title contenders Deportivo Lugo": a plural noun before one name is a team's or a firm's; before a list ("pitchers X and Y") it is the people's
    if (isPlural(noun, words) && !LIST_GOES_ON.test(text.slice(m.end, m.end + 6))) return m;
    const person: Mention = { ...m, type: 'PER' };
    made.add(person);
    return person;
  });
  return { mentions: made.size ? out : mentions, settled: made };
}

/** WordNet's lemma of the two words before a name ("running_back", "left-hander") where it is a role noun. */
function compoundRoleNoun(before: string, words: RoleNounWords): string | undefined {
  const parts = COMPOUND_BEFORE.exec(before);
  if (!parts) return undefined;
  const lemma = `${parts[1]}${parts[2] === undefined ? '-' : '_'}${parts[3]}`;
  return words.isRoleNoun(lemma) ? lemma : undefined;
}

/** The lower-case word, hyphened or not, and the space right before the role noun and its space. */
const MODIFIER_BEFORE = /(?:^|[^\p{L}-])(\p{Ll}+(?:-\p{Ll}+)*)[ \t]\p{Ll}+[ \t]$/u;

/** "marketing executive", "free-agent forward": a person's noun that is also an adjective, after a noun or a hyphened modifier. */
function isRoleNounAfterNoun(before: string, noun: string, words: RoleNounWords): boolean {
  const modifier = MODIFIER_BEFORE.exec(before)?.[1];
  return modifier !== undefined && words.isRoleNounAfter?.(noun, modifier) === true;
}

/** "pitchers", "witnesses": the word less its plural ending is a word for a person too. */
function isPlural(noun: string, words: RoleNounWords): boolean {
  return (/[^s]s$/u.test(noun) && words.isRoleNoun(noun.slice(0, -1))) || (/es$/u.test(noun) && words.isRoleNoun(noun.slice(0, -2)));
}

function isFullName(name: string, names: GivenNameWords): boolean {
  const parts = name.split(/\s+/u);
  if (parts.length < 2 || parts.length > 3 || !parts.every((w) => NAME_WORD.test(w))) return false;
  const last = parts[parts.length - 1].replace(/\.$/u, '');
  // after a word for a person, a given name that is no common word makes a common last word a
  // surname ("coaches Eddie Jordan and …", "running back Reggie Bush")
  const givenFirst = names.isGiven(parts[0]) && !names.isCommon(parts[0]);
  if (isCompanyDesignator(last) || (names.isCommon(last) && !givenFirst)) return false;
  return candidates(gazetteer(), name).entries.length === 0;
}
