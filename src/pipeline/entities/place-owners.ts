// "Barcelona's El Prat airport", "Lagos's port": a name that owns a transport facility is the town,
// region or country it belongs to. The tagger reads a possessive city as its football club
// ("Barcelona's", "Liverpool's"), but clubs own stadiums and grounds, not airports, ports or
// stations, so only those nouns decide, and only for a name the gazetteer knows as a place of some
// size. The possessive settles the type for the article's other rules and the corpus vote.
import type { Mention } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';

/**
 * "'s", up to three words of the facility's own name or a plain description of it ("main", "new", "busiest"),
 * then a transport facility noun; any other word ("Barcelona's trip to the station") ends the match.
 */
const OWNS_FACILITY = /^['’]s?\s+(?:(?:\p{Lu}[\p{L}'’-]*|main|new|old|central|busiest|largest|biggest)\s+){0,3}(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]irfield|[Aa]ir\s+[Bb]ase|[Aa]irbase|[Ss]eaport|[Pp]ort|[Hh]arbou?r|(?:(?:[Rr]ailway|[Tt]rain|[Bb]us)\s+)?[Ss]tation)\b/u;
/** A town this large or larger owns airports and ports; a hamlet named like a company does not. */
const MIN_TOWN = 10_000;

function isPlaceOfSize(name: string): boolean {
  return candidates(gazetteer(), name).entries.some((e) => e.kind === 'C' || e.kind === 'R' || (e.kind === 'P' && e.pop >= MIN_TOWN));
}

/** The mentions with facility owners made places, and those places (settled by the possessive). */
export function typeFacilityOwners(text: string, mentions: Mention[]): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const out = mentions.map((m) => {
    if (m.type === 'PER' || !OWNS_FACILITY.test(text.slice(m.end, m.end + 80)) || !isPlaceOfSize(m.text)) return m;
    const place: Mention = m.type === 'LOC' ? m : { ...m, type: 'LOC' };
    settled.add(place);
    return place;
  });
  return { mentions: out, settled };
}
