// What the detectors find before anything is resolved against the anchor.
import type { CalDate } from '../calendar.js';
import type { PeriodCandidate } from './periods.js';

export type { PeriodCandidate } from './periods.js';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** Deictic: counted from the document's date ("last year"); narrative: from the previous date in the story ("three months later"). */
export type Base = 'deictic' | 'narrative';

export type Modifier = 'last' | 'next' | 'this' | null;

interface Found {
  start: number;
  end: number;
}

/** A calendar date as written; a null component was not stated. */
export interface DateCandidate extends Found {
  kind: 'date';
  date: CalDate;
  modifier: Modifier;
  /** A clock time written with the day ("9 a.m. Tuesday", "noon Thursday"), as "09:00". */
  clock?: string;
  /** A holiday whose day depends on the year (US Thanksgiving: the fourth Thursday of November). */
  holiday?: 'thanksgiving';
  /** A range written as one mention ("3 to 10 September", "between 3 and 10 September"): its last day as written; `date` is its first. */
  endDate?: CalDate;
}

export interface WeekdayCandidate extends Found {
  kind: 'weekday';
  weekday: number;
  modifier: Modifier;
  clock?: string;
}

/** amount null = vague ("a few months later"); 0 = "this week", "the same month". */
export interface OffsetCandidate extends Found {
  kind: 'offset';
  base: Base;
  unit: Unit;
  amount: number | null;
  /** "last week" names a calendar week; "a week ago" counts seven days. */
  calendar: boolean;
}

/** "three weeks after the election was called": counted from an event the text names. */
export interface EventOffsetCandidate extends Found {
  kind: 'event-offset';
  unit: Unit;
  amount: number | null;
  relativeTo: string;
  /** Where the event phrase lies, to pick up a date written inside it. */
  phrase: { start: number; end: number };
  /** A date written inside the phrase ("two days after the vote on 3 May 2017"): counted from it. */
  dated?: DateCandidate;
}

export type Candidate = DateCandidate | WeekdayCandidate | OffsetCandidate | EventOffsetCandidate | PeriodCandidate;
