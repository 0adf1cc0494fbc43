// The event type and date filters that the event listing, the timeline and the places listing
// share: one schema and one test, so the map's filter keeps what the timeline keeps.
import { EVENT_TYPES } from '../types.js';
import { overlapTest, type DateInterval } from '../date-interval.js';

/** One event type or several, comma-separated ("attack,killing"): the web UI's menus offer a family of types at once. */
const TYPE_LIST = new RegExp(`^(${EVENT_TYPES.join('|')})(,(${EVENT_TYPES.join('|')}))*$`);

export const typeAndDateFilters = {
  type: { type: 'string', maxLength: 400, pattern: TYPE_LIST, expected: `one event type or several separated by commas (attack,killing), each one of ${EVENT_TYPES.join(', ')}`, description: `Event type, or several separated by commas (attack,killing): ${EVENT_TYPES.join(', ')}` },
  from: { type: 'date', description: 'Only events whose date range ends on or after this date' },
  to: { type: 'date', description: 'Only events whose date range starts on or before this date' },
} as const;

/** The test of an event type against a comma list; null without one. */
export function typeTest(list: string | undefined): ((type: string) => boolean) | null {
  if (!list) return null;
  const types = new Set(list.split(','));
  return (type) => types.has(type);
}

/** The test an event passes: of one of the types, and (with from or to) dated within [from, to] by
 *  interval overlap, its dates as `when` reads them (by default its own); an undated event passes no
 *  date filter. */
export function typeAndDateTest<E extends { type: string; interval: DateInterval | null }>(
  query: { type?: string; from?: string; to?: string },
  when: (e: E) => DateInterval | null = (e) => e.interval,
): (e: E) => boolean {
  const ofType = typeTest(query.type);
  const inRange = overlapTest(query.from, query.to);
  const dated = !!(query.from || query.to);
  return (e) => {
    if (ofType && !ofType(e.type)) return false;
    if (!dated) return true;
    const interval = when(e);
    return !!interval && inRange(interval);
  };
}
