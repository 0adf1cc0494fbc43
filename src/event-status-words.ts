// An event's status (src/types.ts EVENT_STATUSES: what the text commits to) in the words the web UI
// shows for it (src/web/lib/format.ts, statusText: "stated as fact in the article", "alleged: in the
// article it is someone's claim …"), cut to what a table column holds. The command line prints these;
// --json and the exports keep the values ("asserted", "hypothetical" are the extraction's terms).
import type { EventStatus } from './types.js';

const WORDS: Record<EventStatus | 'reported' | 'suspected', string> = {
  asserted: 'stated as fact',
  reported: 'stated as fact',
  alleged: 'alleged',
  suspected: 'alleged',
  planned: 'planned or threatened',
  hypothetical: 'only a possibility',
  negated: 'said not to have happened',
  denied: 'denied',
};

/** The words for an event's status; an unknown value as it is. */
export function eventStatusWords(status: string): string {
  return (WORDS as Record<string, string>)[status] ?? status;
}
