// `events --since DATE --until DATE`: dates as the API's from and to take them (YYYY, YYYY-MM or
// YYYY-MM-DD), both ends inclusive at their own precision (--until 2024-03 takes all of March). An event
// is in range when the part of its date that is known can be: a month or a year that overlaps the range,
// a day without a year that falls in it in some year.
import { UsageError } from './command.js';
import { dateInterval } from '../date-interval.js';

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface DateRange {
  /** Inclusive, "YYYY-MM-DD"; absent: no lower bound. */
  from?: string;
  /** Exclusive, "YYYY-MM-DD"; absent: no upper bound. */
  before?: string;
}

/** --since and --until as a range, or null when neither is given; a mistake is a UsageError. */
export function parseDateRange(since: string | undefined, until: string | undefined): DateRange | null {
  if (since === undefined && until === undefined) return null;
  const range: DateRange = {};
  if (since !== undefined) range.from = checkedInterval(since, 'since').start;
  if (until !== undefined) range.before = checkedInterval(until, 'until').end;
  if (range.from !== undefined && range.before !== undefined && range.from >= range.before)
    throw new UsageError(`--since ${since} is after --until ${until}`);
  return range;
}

function checkedInterval(value: string, flag: string): { start: string; end: string } {
  const m = DATE.exec(value.trim());
  const interval = m ? dateInterval(value.trim()) : null;
  // 2023-02-30 is no day: Date would roll it into March
  if (!m || !interval || (m[3] && interval.start !== value.trim()))
    throw new UsageError(`--${flag} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  return interval;
}

/**
 * Whether a date (ISO at any precision, "--MM-DD" without a year; `last`: the last day of a range
 * written as one mention) can fall in the range. No date, or one that is not a calendar date, cannot.
 */
export function inDateRange(iso: string | null | undefined, range: DateRange, last?: string | null): boolean {
  if (!iso) return false;
  const yearless = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (yearless) return yearlessInRange(Number(yearless[1]), Number(yearless[2]), range);
  const start = dateInterval(iso);
  if (!start) return false;
  const end = (last ? dateInterval(last) : null) ?? start;
  return (range.from === undefined || end.end > range.from) && (range.before === undefined || start.start < range.before);
}

/** A month and day without a year: in range when they fall in it in some year. */
function yearlessInRange(month: number, dayOfMonth: number, range: DateRange): boolean {
  if (range.from === undefined || range.before === undefined) return true;
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.before.slice(0, 4));
  // five years hold every month-day, 29 February included
  for (let year = first; year <= Math.min(last, first + 4); year++) {
    const d = new Date(Date.UTC(year, month - 1, dayOfMonth));
    if (d.getUTCMonth() !== month - 1) continue;
    const iso = d.toISOString().slice(0, 10);
    if (iso >= range.from && iso < range.before) return true;
  }
  return false;
}
