// What the map's panel says a place holds. The country's line read "1 article name Russia; 4 events
// happened there" above the link to that one article, while the four events came from another
// article, set in Moscow, that never names Russia: the events no report states there (the place
// inferred from the article: its dateline's country, a court or venue it names) are said apart, and
// each is marked in the lists as the event page marks its place.
import { plural } from './format.js';

interface PlaceCounts {
  documentCount: number;
  eventCount: number;
  inferredEventCount?: number;
}

/** "1 article names Russia; 4 events happened there. All 4 are placed there by inference from their article, not as stated." */
export function countryCountsLine(name: string, p: PlaceCounts): string {
  const named = `${plural(p.documentCount, 'article')} ${p.documentCount === 1 ? 'names' : 'name'} ${name}`;
  const inferred = inferredLine(p, 'there');
  return `${named}; ${plural(p.eventCount, 'event')} happened there.${inferred ? ` ${inferred}` : ''}`;
}

/** "All 4 are placed here by inference from their article, not as stated.", "1 of them is …", or '' when every event is stated there. */
export function inferredLine(p: PlaceCounts, where: 'here' | 'there'): string {
  const n = p.inferredEventCount ?? 0;
  if (!n) return '';
  const who = n === p.eventCount ? (n === 1 ? 'It is' : `All ${n} are`) : `${n} of them ${n === 1 ? 'is' : 'are'}`;
  return `${who} placed ${where} by inference from ${n === 1 ? 'its' : 'their'} article, not as stated.`;
}

/** Said after an event in a place's list when no report states it there (the event page's words for its place). */
export const INFERRED_EVENT_MARK = 'place inferred from the article';
