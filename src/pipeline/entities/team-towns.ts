// "the Kansas City Chiefs" … "Kansas City managed a field goal": sports copy names a team in full,
// then by its town alone. Where the parse makes the town the subject or object of a verb after the
// one team of its article named for it (a side that acts or is acted on: "Kansas City was
// driving", "Garrard drove Jacksonville to the 7-yard line"), or the owner or modifier of a common
// noun ("Kansas City's opening drive", "the Indianapolis 16-yard line"), the town is that team, unless the
// article also writes it where something happens or comes from ("the crowd in Kansas City": any
// mention with a preposition), which keeps every mention the place. The tagger reads such a town
// as a place; its mentions are retyped organisations and settled, and resolution joins them to the
// team (isTeamOfPlace, written 'place': a team named for creatures or people after a country,
// region or sizeable town).
import type { Mention, Syntax } from '../../types.js';
import { caseMarker, headOfSpan } from '../syntax/query.js';
import { nameTokens } from './names.js';
import { isTeamOfPlace } from './resolve.js';
import { NameEnds } from './name-ends.js';

/** How the parse hangs a side on its verb: its subject or its object. */
const SIDE_OF_VERB = new Set(['nsubj', 'obj']);
/** How it hangs a side on a noun of the game: its owner ("Indianapolis' record") or a modifier
 *  ("the Indianapolis 16-yard line", "New Orleans coach Sean Payton"). */
const SIDE_OF_NOUN = new Set(['nmod:poss', 'compound']);

/** The mentions with such towns made organisations, and those mentions (settled). */
export function typeTeamTowns(mentions: Mention[], syn: Syntax | undefined): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || syn.words.length === 0) return { mentions, settled };
  const teams = mentions
    .filter((m) => (m.type === 'ORG' || m.type === 'MISC') && !m.title && /\s/u.test(m.text))
    .map((m) => ({ start: m.start, canonical: m.text, tokens: nameTokens(m.text) }));
  if (teams.length === 0) return { mentions, settled };
  // a team named for a town opens with the town's first word
  const named = new NameEnds(teams);
  const places = mentions.filter((m) => m.type === 'LOC' && !m.title && !m.typeSettled && !m.dateline);
  const towns = new Set<string>();
  for (const m of places) {
    if (towns.has(m.text)) continue;
    const town = { canonical: m.text, tokens: nameTokens(m.text) };
    const teamsNamed = new Set((town.tokens.length ? named.opening(town.tokens[0]) : teams).filter((t) => t.start < m.start && isTeamOfPlace(t, town, 'place')).map((t) => t.canonical));
    if (teamsNamed.size === 1 && (hangsAsSide(syn, m, SIDE_OF_VERB, 'VERB') || hangsAsSide(syn, m, SIDE_OF_NOUN, 'NOUN'))) towns.add(m.text);
  }
  for (const m of places) if (towns.has(m.text) && hasPreposition(syn, m)) towns.delete(m.text);
  if (towns.size === 0) return { mentions, settled };
  const placeSet = new Set(places);
  const out = mentions.map((m) => {
    if (!placeSet.has(m) || !towns.has(m.text)) return m;
    const team: Mention = { ...m, type: 'ORG' };
    settled.add(team);
    return team;
  });
  return { mentions: out, settled };
}

/** Whether the town's head hangs by one of `relations` on a word of part of speech `headPos`. */
function hangsAsSide(syn: Syntax, m: Mention, relations: ReadonlySet<string>, headPos: 'VERB' | 'NOUN'): boolean {
  const h = headOfSpan(syn, m);
  const w = h === null ? undefined : syn.words[h];
  return w !== undefined && relations.has(w.deprel) && w.head >= 0 && syn.words[w.head].upos === headPos;
}


function hasPreposition(syn: Syntax, m: Mention): boolean {
  const h = headOfSpan(syn, m);
  return h !== null && caseMarker(syn, h) !== null;
}
