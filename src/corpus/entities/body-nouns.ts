// Whether a word names a part of an organisation or a meeting ("council", "committee", "division",
// "summit", "board"), read from WordNet: a name ending in one ("White House Economic Policy
// Council", "Venice Economic Summit") is a body of, or an event at, what its first words name, not
// that thing written in full. Names ending in a kind of company ("Airlines", "Industries", "Bank",
// "Corporation": WordNet's enterprise and institution, not unit) are not bodies in this sense.
import { baseForms, installedWordNet, isKindOf, type WordNet } from '../events/wordnet.js';

/** WordNet's lexicographer file of groups (noun.group). */
const NOUN_GROUP = 14;
/** The group synsets whose kinds are bodies: an organisation's unit, a gathering, a body of people. */
const BODY_ROOTS = new Set(['unit', 'gathering', 'body']);
/** Hypernym steps looked up (noun.group chains are 4–8 steps to "group"). */
const MAX_DEPTH = 12;

/** The group synsets whose kinds are organisations of their own (units and bodies among them). */
const ORGANISATION_ROOTS = new Set(['organization']);

const memo = new Map<string, boolean>();
const orgMemo = new Map<string, boolean>();
const commonMemo = new Map<string, boolean>();
const commonOrgMemo = new Map<string, boolean>();

/**
 * The word's first sense as a group; `commonOnly`: the first where WordNet writes the word in lower
 * case, a common noun, not a short name of one body ("Energy", the US Energy Department), so that
 * "Coda Energy Inc." does not end in a body.
 */
function firstGroupSense(wn: WordNet, lower: string, commonOnly: boolean): string | undefined {
  return wn.synsets(lower, 'n').find((id) => {
    if (wn.lexFile(id) !== NOUN_GROUP) return false;
    if (!commonOnly) return true;
    const s = wn.synset(id);
    const forms = baseForms(lower, 'n');
    const k = s ? s.words.findIndex((w) => forms.includes(w)) : -1;
    return k >= 0 && s!.lowerCase?.[k] === true;
  });
}

/** Whether a word reads as a body (isBodyNoun) in a sense where WordNet writes it in lower case. */
export function isCommonBodyNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  return groupSenseUnder(word, wn, BODY_ROOTS, true, commonMemo);
}

/** Whether a word reads as an organisation (isOrganisationNoun) in a sense where WordNet writes it in lower case. */
export function isCommonOrganisationNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  return groupSenseUnder(word, wn, ORGANISATION_ROOTS, true, commonOrgMemo);
}

/** Whether the word's first group sense (firstGroupSense) is a kind of one of `roots`; cached per word. False without WordNet. */
function groupSenseUnder(word: string, wn: WordNet | null, roots: ReadonlySet<string>, commonOnly: boolean, cache: Map<string, boolean>): boolean {
  const lower = word.toLowerCase();
  const known = cache.get(lower);
  if (known !== undefined) return known;
  if (!wn) return false;
  const group = firstGroupSense(wn, lower, commonOnly);
  const under = group !== undefined && underGroupRoot(wn, group, roots);
  cache.set(lower, under);
  return under;
}

/** Whether a synset is, through its hypernyms, a kind of one of `roots` (within noun.group). */
export function underGroupRoot(wn: WordNet, id: string, roots: ReadonlySet<string> = BODY_ROOTS): boolean {
  return isKindOf(wn, id, (s) => roots.has(s.words[0]), { maxHops: MAX_DEPTH - 1, within: (s) => s.lexFile === NOUN_GROUP, instances: true });
}

/**
 * Whether the word's most frequent sense as a group is a body: a unit of an organisation, a
 * gathering or a body of people. Its first group sense only, so that "house" (a firm before an
 * audience) and "party" (an organisation before a social gathering) are not. False without WordNet.
 */
export function isBodyNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  return groupSenseUnder(word, wn, BODY_ROOTS, false, memo);
}


/**
 * Whether the word's most frequent sense as a group is an organisation of its own: a foundation,
 * bank, fund, institute, party, union or trust (WordNet's kinds of organization; units and bodies
 * too). A name ending in one after another name's words ("Ford Foundation", "Citicorp Investment
 * Bank") may name a body distinct from what those words name alone. False without WordNet.
 */
export function isOrganisationNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  return groupSenseUnder(word, wn, ORGANISATION_ROOTS, false, orgMemo);
}
