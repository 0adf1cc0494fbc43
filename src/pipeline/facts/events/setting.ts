// The country a document is set in: the one its resolved place names and country adjectives
// ("the Australian government") point to clearly more often than any other, else its dateline's. A domestic event (an election, a court step, an arrest) the text
// places nowhere is placed there, marked as inferred.
import type { EventRole, Place, PlaceMention } from '../../../types.js';

/** Fewest place mentions of a country, and its lead over the next, for it to be the setting. */
const MIN_MENTIONS = 2;

export type InferredPlace = EventRole & { place?: Place; inferred: true };

/** A country adjective on an organisation ("the Australian government" → Australia): says which country a story is about, never where an event was. */
export interface CountryAdjective {
  start: number;
  end: number;
  country: string;
}

/**
 * The document's country as an event place (cited at its first mention), or null when no country
 * leads. Where none leads, a dateline's place ("ANKARA, March 3 (Agency) -") says where the story is
 * filed from: its country is the setting. (A story filed from one capital about another country names
 * that country more, and the count wins.)
 */
export function documentCountry(places: readonly PlaceMention[], dateline: PlaceMention | null = null, adjectives: readonly CountryAdjective[] = []): InferredPlace | null {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const country = leadingCountry([...places.map((p) => p.place.country), ...adjectives.map((a) => a.country)]) ?? dateline?.place.country ?? null;
  if (!country) return null;
  const named = sorted.find((p) => p.place.kind === 'country' && p.place.country === country);
  const first = named ?? sorted.find((p) => p.place.country === country) ?? adjectives.find((a) => a.country === country)!;
  return { start: first.start, end: first.end, text: named ? named.text : country, ...(named ? { place: named.place } : {}), inferred: true };
}

/** The country most place names and adjectives point to, at least MIN_MENTIONS times and twice as often as any other. */
function leadingCountry(countries: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [country, n] = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  return n >= MIN_MENTIONS && n >= 2 * runnerUp ? country : null;
}

/**
 * Country adjectives on organisations ("the Australian government", "an Australian mining firm"): a
 * capitalised word the gazetteer knows as the adjective of exactly one country, which the caller
 * says describes an organisation. A person's nationality ("the Australian strategist") says who,
 * not where the story is.
 */
export function countryAdjectives(words: ReadonlyArray<{ start: number; end: number; text: string }>, onOrganisation: (start: number) => boolean, countryOf: (adjective: string) => string | null): CountryAdjective[] {
  const out: CountryAdjective[] = [];
  for (const w of words) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || !onOrganisation(w.start)) continue;
    const country = countryOf(w.text);
    if (country) out.push({ start: w.start, end: w.end, country });
  }
  return out;
}
