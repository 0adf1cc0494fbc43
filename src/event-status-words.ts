// An event's status (src/types.ts EVENT_STATUSES: what the text commits to) in a reader's words, the
// one source of them for the command line and the web UI alike. `words` fit a table column and a
// list ("stated as fact", "planned or threatened"); `inArticle` is the web UI's sentence, SRC standing
// for "the article" or "the articles". --json and the exports keep the values ("asserted",
// "hypothetical" are the extraction's terms, not what a reader would call them).
import type { EventStatus } from './types.js';

interface StatusWording {
  words: string;
  inArticle: string;
}

const WORDING: Record<EventStatus | 'reported' | 'suspected', StatusWording> = {
  asserted: { words: 'stated as fact', inArticle: 'stated as fact in SRC' },
  reported: { words: 'stated as fact', inArticle: 'stated as fact in SRC' },
  alleged: { words: 'alleged', inArticle: 'alleged: in SRC it is someone’s claim, not stated as fact' },
  suspected: { words: 'alleged', inArticle: 'alleged: in SRC it is someone’s claim, not stated as fact' },
  planned: { words: 'planned or threatened', inArticle: 'planned or threatened: not yet happened when SRC came out' },
  hypothetical: { words: 'only a possibility', inArticle: 'only a possibility in SRC, not stated as having happened' },
  negated: { words: 'said not to have happened', inArticle: 'said in SRC not to have happened' },
  denied: { words: 'denied', inArticle: 'denied: in SRC, someone denies it happened' },
};

/** Statuses of events the timeline leaves off (no report states them as fact or alleges them). */
export const OFF_TIMELINE_STATUSES: readonly EventStatus[] = ['planned', 'hypothetical', 'denied', 'negated'];

const wording = (status: string): StatusWording | undefined => (WORDING as Record<string, StatusWording>)[status];

/** The words for an event's status; an unknown value as it is. */
export function eventStatusWords(status: string): string {
  return wording(status)?.words ?? status;
}

/** How the article(s) state an event, as a sentence of the event page; `articles`: how many report it. */
export function eventStatusInArticles(status: string, articles = 1): string {
  return (wording(status)?.inArticle ?? status).replace('SRC', articles === 1 ? 'the article' : 'the articles');
}

/** The statuses the timeline leaves off, as a list in words: "planned or threatened, only a
 *  possibility, denied, or said not to have happened" (the last comma keeps the "or"s apart). */
export function offTimelineWords(): string {
  const words = OFF_TIMELINE_STATUSES.map(eventStatusWords);
  return `${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
}
