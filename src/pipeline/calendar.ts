// Partial calendar dates and their ISO 8601 forms. A component that the text
// does not state stays null: we never fill a year in by guessing.
import type { TimePrecision } from '../types.js';

/** A date known to some precision. decade = 199 for "the 1990s". */
export interface CalDate {
  y: number | null;
  m: number | null;
  d: number | null;
  decade?: number;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** 0 = Sunday, as Date.getUTCDay. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function precisionOf(c: CalDate): TimePrecision {
  if (c.decade !== undefined) return 'year';
  if (c.m !== null && c.d !== null) return c.y !== null ? 'day' : 'month-day';
  if (c.m !== null) return 'month';
  if (c.y !== null) return 'year';
  return 'none';
}

/** "2017-01-01", "2017-01", "2017", "--05-04", "--12" (month, year unknown), "199" (decade). */
export function toIso(c: CalDate): string | null {
  if (c.decade !== undefined) return String(c.decade);
  if (c.y === null) {
    if (c.m === null) return null;
    return c.d === null ? `--${pad(c.m)}` : `--${pad(c.m)}-${pad(c.d)}`;
  }
  if (c.m === null) return pad(c.y, 4);
  if (c.d === null) return `${pad(c.y, 4)}-${pad(c.m)}`;
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
}

/** Inverse of toIso for the forms it writes (and those in Doc.meta). */
export function fromIso(iso: string | null | undefined): CalDate | null {
  if (!iso) return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (m) return { y: +m[1], m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null };
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (m) return { y: null, m: +m[1], d: m[2] ? +m[2] : null };
  m = /^(\d{3})$/.exec(iso);
  if (m) return { y: null, m: null, d: null, decade: +m[1] };
  return null;
}

export function isValidDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // Unknown year: allow 29 February.
  const dim = new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate();
  return d <= dim;
}

/** Shift a full or month-day date by days; an unknown year stays unknown (computed in leap 2000). */
export function addDays(c: CalDate, days: number): CalDate {
  return addDaysIn(c.y ?? 2000, c, days);
}

function addDaysIn(y: number, c: CalDate, days: number): CalDate {
  const t = new Date(Date.UTC(y, (c.m ?? 1) - 1, c.d ?? 1) + days * 86400000);
  return { y: c.y === null ? null : t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * addDays where the answer does not hang on the unknown year: a year-less shift across the end of
 * February ("--03-02" less four days) lands on a different day in a leap year, so it is null there.
 * 29 February itself names a leap year, so shifts from it are known.
 */
export function addDaysKnown(c: CalDate, days: number): CalDate | null {
  const leap = addDays(c, days);
  if (c.y !== null || (c.m === 2 && c.d === 29)) return leap;
  const common = addDaysIn(2001, c, days);
  return common.m === leap.m && common.d === leap.d ? leap : null;
}

/** Shift a month-precision date; the year stays unknown if it was. */
export function addMonths(c: CalDate, months: number): CalDate {
  const idx = (c.y ?? 2000) * 12 + (c.m ?? 1) - 1 + months;
  return { y: c.y === null ? null : Math.floor(idx / 12), m: (idx % 12 + 12) % 12 + 1, d: null };
}

export function weekdayOf(c: CalDate): number | null {
  if (c.y === null || c.m === null || c.d === null) return null;
  return new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay();
}

/** Sort key: the first day of the period (decades by their first year). */
export function startKey(c: CalDate): number {
  const y = c.y ?? (c.decade !== undefined ? c.decade * 10 : 0);
  return y * 10000 + (c.m ?? 1) * 100 + (c.d ?? 1);
}

export function truncate(c: CalDate, precision: 'year' | 'month' | 'day'): CalDate {
  if (precision === 'year') return { y: c.y, m: null, d: null };
  if (precision === 'month') return { y: c.y, m: c.m, d: null };
  return { y: c.y, m: c.m, d: c.d };
}
