// The map's type and time filters. Time uses the timeline API's interval overlap (server/dates.ts),
// so an event dated by its year alone passes a filter from March of that year, as on the timeline;
// comparing ISO text dropped it ("2025" < "2025-03"). Undated events pass no time filter there either.
import { dateInterval, overlapTest } from '../../server/dates.js';
import type { PlaceItem } from '../../server/api-types.js';

/** The test a place passes when one of its events has the type (one of them, for a comma list
 *  such as a family's "attack,killing,…") and falls in [from, to]. A type alone is tested on all the
 *  place's event types; with dates, on the events the listing carries (their dates are there only). */
export function placeFilter(type: string | null, from: string | null, to: string | null): (p: Pick<PlaceItem, 'events' | 'eventTypes'>) => boolean {
  if (!type && !from && !to) return () => true;
  const types = type ? new Set(type.split(',')) : null;
  if (types && !from && !to) return (p) => p.eventTypes.some((t) => types.has(t));
  const inRange = overlapTest(from ?? undefined, to ?? undefined);
  const inTime = (iso: string | null | undefined) => {
    if (!from && !to) return true;
    const interval = dateInterval(iso);
    return interval !== null && inRange(interval);
  };
  return (p) => p.events.some((e) => (!types || types.has(e.type)) && inTime(e.date?.iso));
}
