// Whether a word names a part of an organisation or a meeting ("council", "committee", "division",
// "summit", "board"), read from WordNet: a name ending in one ("White House Economic Policy
// Council", "Venice Economic Summit") is a body of, or an event at, what its first words name, not
// that thing written in full. Names ending in a kind of company ("Airlines", "Industries", "Bank",
// "Corporation": WordNet's enterprise and institution, not unit) are not bodies in this sense.
import { installedWordNet, isKindOf, type WordNet } from '../lexicons/wordnet.js';

/** WordNet's lexicographer file of groups (noun.group). */
const NOUN_GROUP = 14;
/** The group synsets whose kinds are bodies: an organisation's unit, a gathering, a body of people. */
const BODY_ROOTS = new Set(['unit', 'gathering', 'body']);
/** Hypernym steps looked up (noun.group chains are 4–8 steps to "group"). */
const MAX_DEPTH = 12;

const memo = new Map<string, boolean>();

/**
 * The word's most frequent sense as a group, not counting a later sense where it is only a clipped
 * form of a longer name that heads the sense ("energy" of "department_of_energy", "labor" of
 * "labor_movement"): "Coda Energy Inc." is a company, not a department named after Coda. A clipped
 * form that is the word's first sense ("klan" of "ku_klux_klan") is what the word means.
 */
function firstGroupSense(wn: WordNet, lower: string): string | undefined {
  return wn.synsets(lower, 'n').find((id, k) => {
    if (wn.lexFile(id) !== NOUN_GROUP) return false;
    const head = wn.synset(id)?.words[0] ?? lower;
    return k === 0 || head === lower || !head.split('_').includes(lower);
  });
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
  const lower = word.toLowerCase();
  const known = memo.get(lower);
  if (known !== undefined) return known;
  const group = wn === null ? undefined : firstGroupSense(wn, lower);
  const body = group !== undefined && wn !== null && underGroupRoot(wn, group);
  if (wn) memo.set(lower, body);
  return body;
}

const orgMemo = new Map<string, boolean>();
const competitionMemo = new Map<string, boolean>();

/**
 * Whether the word's most frequent sense as a group gathers sports teams: it, or one of its kinds, has teams as
 * members (WordNet's "league": a major league's members are major-league teams). A name ending in it that the
 * tagger calls a thing names the competition ("Europa League", as CoNLL-2003 tags "American League" MISC), not
 * an organisation of its own; a league of parties or states ("Awami League") the tagger calls ORG itself.
 * False without WordNet.
 */
export function isCompetitionNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  const lower = word.toLowerCase();
  const known = competitionMemo.get(lower);
  if (known !== undefined) return known;
  const group = wn === null ? undefined : firstGroupSense(wn, lower);
  const teams = group !== undefined && wn !== null && gathersTeams(wn, group);
  if (wn) competitionMemo.set(lower, teams);
  return teams;
}

/** Whether a group synset or one of its direct kinds has members that are teams. */
function gathersTeams(wn: WordNet, id: string): boolean {
  const kinds = [id, ...(wn.synset(id)?.pointers ?? []).filter((p) => p.symbol === '~').map((p) => p.target)];
  const isTeam = (member: string) => isKindOf(wn, member, (s) => s.words[0] === 'team', { maxHops: 4 });
  return kinds.some((k) => (wn.synset(k)?.pointers ?? []).some((p) => p.symbol === '%m' && isTeam(p.target)));
}
const ORGANISATION_ROOTS = new Set(['organization']);

/**
 * Whether the word's most frequent sense as a group is an organisation of its own: a foundation,
 * bank, fund, institute, party, union or trust (WordNet's kinds of organization; units and bodies
 * too). A name ending in one after another name's words ("Ford Foundation", "Citicorp Investment
 * Bank") may name a body distinct from what those words name alone. False without WordNet.
 */
export function isOrganisationNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  const lower = word.toLowerCase();
  const known = orgMemo.get(lower);
  if (known !== undefined) return known;
  const group = wn === null ? undefined : firstGroupSense(wn, lower);
  const org = group !== undefined && wn !== null && underGroupRoot(wn, group, ORGANISATION_ROOTS);
  if (wn) orgMemo.set(lower, org);
  return org;
}

/** WordNet's lexicographer file of artifacts (noun.artifact). */
const NOUN_ARTIFACT = 6;
/** Hypernym steps from a building's kind to "building" ("courthouse": 1; "theater": 1; "hospital": 2). */
const BUILDING_HOPS = 6;
const buildingMemo = new Map<string, boolean>();

/**
 * Whether the word's most frequent sense is a kind of building ("courthouse", "hotel", "hospital";
 * not "store" or "works", which WordNet makes establishments, nor "computer" or "airline"). A name
 * ending in one after another name's words ("Albany County Courthouse") names a building after
 * what those words name, not that thing written in full. False without WordNet.
 */
export function isBuildingNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  const lower = word.toLowerCase();
  const known = buildingMemo.get(lower);
  if (known !== undefined) return known;
  const first = wn?.synsets(lower, 'n')[0];
  const building = first !== undefined && wn !== null && isKindOf(wn, first, (s) => s.words[0] === 'building', { maxHops: BUILDING_HOPS, within: (s) => s.lexFile === NOUN_ARTIFACT });
  if (wn) buildingMemo.set(lower, building);
  return building;
}
