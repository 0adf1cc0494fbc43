// The shapes of finding where an event's reports disagree (find-conflicts.ts): types only, so the
// API's types (and the web UI that imports them) read them without the code behind them.
import type { Count, Place, TimeValue } from '../../types.js';

/** What finding disagreements reads of a report (the CLI builds these from stored events too). */
export interface ConflictInput {
  /** The report's "docId#eventId" (or the server's "docId:eventId"): what a conflict's values list. */
  key: string;
  docId: string;
  date: TimeValue | null;
  place: { text: string; place?: Place; inferred?: true } | null;
  counts: Partial<Record<string, Count>>;
}

/** Where the reports of one event disagree: each value with the reports that give it. */
export interface EventConflict {
  /** 'date', 'place', or a count: 'killed', 'injured', 'detained', 'arrested', 'prosecuted'. */
  field: string;
  values: Array<{ date?: TimeValue; place?: string; count?: Count; reports: string[] }>;
}
