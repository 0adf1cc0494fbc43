// The country a document is set in: the one its resolved place names point to clearly more
// often than any other, else its dateline's. A domestic event (an election, a court step, an arrest) the text
// places nowhere is placed there, marked as inferred.
import type { EventRole, Place, PlaceMention } from '../../../types.js';

/** Fewest place mentions of a country, and its lead over the next, for it to be the setting. */
const MIN_MENTIONS = 2;

export type InferredPlace = EventRole & { place?: Place; inferred: true };

/**
 * The document's country as an event place (cited at its first mention), or null when no country
 * leads. Where none leads, a dateline's place ("ANKARA, March 3 (Agency) -") says where the story is
 * filed from: its country is the setting. (A story filed from one capital about another country names
 * that country more, and the count wins.)
 */
export function documentCountry(places: readonly PlaceMention[], dateline: PlaceMention | null = null): InferredPlace | null {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const country = leadingCountry(places) ?? dateline?.place.country ?? null;
  if (!country) return null;
  const named = sorted.find((p) => p.place.kind === 'country' && p.place.country === country);
  const first = named ?? sorted.find((p) => p.place.country === country)!;
  return { start: first.start, end: first.end, text: named ? named.text : country, ...(named ? { place: named.place } : {}), inferred: true };
}

/** The country most place names point to, at least MIN_MENTIONS times and twice as often as any other. */
function leadingCountry(places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p.place.country) counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [country, n] = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  return n >= MIN_MENTIONS && n >= 2 * runnerUp ? country : null;
}
