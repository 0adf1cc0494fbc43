// The timeline's header accounts for every event the library counts, not only those it draws.
import { formatNumber, plural } from './format.js';
import { offTimelineWords } from '../../event-status-words.js';

/**
 * After "10 events on the timeline": ", of the 25 events found; 12 cannot be placed (listed below)
 * and 3 are planned or threatened, only a possibility, denied, or said not to have happened (on
 * their event pages)" (the status words of src/event-status-words.ts). The library said 25 events above a timeline
 * of 10 and a list of 12, with no word of the other 3. Only without filters (the library counts
 * every event) and where the numbers add up; else nothing.
 */
export function account(events: number, onTimeline: number, unplaced: number, filtered: boolean): string {
  const rest = events - onTimeline - unplaced;
  if (filtered || rest < 0 || events <= onTimeline) return '';
  const parts = [unplaced ? `${formatNumber(unplaced)} cannot be placed (listed below)` : '', rest ? `${formatNumber(rest)} ${rest === 1 ? 'is' : 'are'} ${offTimelineWords()} (on ${rest === 1 ? 'its event page' : 'their event pages'})` : ''].filter(Boolean);
  return `, of the ${plural(events, 'event')} found${parts.length ? `; ${parts.join(' and ')}` : ''}`;
}
