// What the map's panel says a place holds. The country's line read "1 article name Russia; 4 events
// happened there" above the link to that one article, while the four events came from another
// article, set in Moscow, that never names Russia: the events a report only places there from where
// its article is set are said apart, and each is marked in the lists.
import { plural } from './format.js';

interface PlaceCounts {
  documentCount: number;
  eventCount: number;
  inferredEventCount?: number;
}

/** "1 article names Russia; 4 events happened there. All 4 are placed there only by where their article is set." */
export function countryCountsLine(name: string, p: PlaceCounts): string {
  const named = `${plural(p.documentCount, 'article')} ${p.documentCount === 1 ? 'names' : 'name'} ${name}`;
  const inferred = inferredLine(p, 'there');
  return `${named}; ${plural(p.eventCount, 'event')} happened there.${inferred ? ` ${inferred}` : ''}`;
}

/** "All 4 are placed here only by where their article is set.", "1 of them is …", or '' when every event is stated there. */
export function inferredLine(p: PlaceCounts, where: 'here' | 'there'): string {
  const n = p.inferredEventCount ?? 0;
  if (!n) return '';
  const who = n === p.eventCount ? (n === 1 ? 'It is' : `All ${n} are`) : `${n} of them ${n === 1 ? 'is' : 'are'}`;
  return `${who} placed ${where} only by where ${n === 1 ? 'its' : 'their'} article is set.`;
}

/** Said after an event in a place's list when no report states it there. */
export const INFERRED_EVENT_MARK = 'placed by its article’s setting';
