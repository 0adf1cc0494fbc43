// A merged real-world event and its reports as readers see them: what the event page and the
// timeline serve (server/api-types.ts re-exports these), and what `chronicle events --merged` and
// the exports take their titles from.
import type { Count, EventStatus, Place, TimeValue } from '../types.js';
import type { DateInterval } from '../date-interval.js';
import type { EventConflict } from '../corpus/events/conflict-types.js';

export interface RoleRef {
  text: string;
  entity?: string;
  /** The name the role's words stand for, where they only describe or point at it ("a 34-year-old man" → "Dmytro Karpenko"): `entity` is that name's. */
  referent?: string;
  /** The entity's name, where `text` is another form of it ("EU" for "European Union"): what the event page shows. */
  name?: string;
}

/** One document's report of an event: what that article says, with its evidence sentence. */
export interface EventReport {
  /** "docId:eventId", unique across the corpus. */
  key: string;
  docId: string;
  docTitle: string;
  /** The article's publication date, when known. */
  published: string | null;
  id: string;
  type: string;
  trigger: string;
  /** Where the trigger is inside `sentence`. */
  triggerSpan: { start: number; end: number };
  sentence: string;
  sentenceSpan: { start: number; end: number };
  date: TimeValue | null;
  /** The date is the day a lasting happening began ("the siege, which began on 3 March"): the event takes a one-off report's date before it. */
  dateIsStart?: true;
  /** inferred: not stated with the event but read from the article (its country, a court or chamber it names elsewhere). */
  place: { text: string; place?: Place; inferred?: true } | null;
  actors: RoleRef[];
  targets: RoleRef[];
  counts: Partial<Record<string, Count>>;
  status: EventStatus | string;
  /** Told as done in a year before the article's, which only recalls it: off the timeline. */
  background?: true;
  /** Who the article attributes the report to, as a figure's `source` (the speaker of the quote
   *  sharing its cue, else the source's words); `attributionText` as written where that differs,
   *  `attributionEntity` the person or body it names (absent for a description). */
  attribution?: string;
  attributionText?: string;
  attributionEntity?: string;
  /** The article is a near-duplicate copy (the same wire text on another site) of an earlier
   *  report's article, whose docId this is: not an independent source (absent when none). */
  copyOf?: string;
}

/** A real-world event: the reports of it in every document, merged (corpus event coreference). */
export interface EventItem {
  /** The event cluster's id, stable while its earliest report stays. */
  key: string;
  type: string;
  /** A short headline built from type, who and where ("Arrest of Dmytro Karpenko in Madrid"). */
  title: string;
  /** The most precise date any report gives. */
  date: TimeValue | null;
  interval: DateInterval | null;
  /** When the reports give no dated day, month or year: the first report's publication date, so
   *  a timeline can place the event, marked as the article's date. */
  articleInterval?: DateInterval;
  /** The most specific resolved place the reports state; one inferred from an article only when no report states one. */
  place: { text: string; place?: Place; inferred?: true } | null;
  actors: RoleRef[];
  targets: RoleRef[];
  /** Counts the reports agree on; disagreeing ones are in `conflicts`. */
  counts: Partial<Record<string, Count>>;
  status: EventStatus | string;
  /** Some report asserts or alleges it (the timeline's and `fact=`'s test), over every report, also where a listing cuts `reports`. */
  timelineFact: boolean;
  documentCount: number;
  /** How many of those articles are near-duplicate copies of another of them, not independent
   *  sources (absent when none). */
  copies?: number;
  /** Every report, or (in listings) the first few: reportCount says how many. */
  reports: EventReport[];
  /** Set when `reports` was cut: how many reports the event has. */
  reportCount?: number;
  conflicts: EventConflict[];
}

/** An event's counts in brief: those its reports agree on, and for each count they give
 *  differently every value (absent when none), so a list can say "at least 12 or 17 killed". */
export interface EventCountsBrief {
  counts?: Partial<Record<string, Count>>;
  disputedCounts?: Partial<Record<string, Count[]>>;
}
