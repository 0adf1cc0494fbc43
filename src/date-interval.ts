// Turns a (possibly imprecise) ISO date into the interval it stands for, so a month or a year
// can be filtered and drawn as a range. Dates without a year have no interval.

export interface DateInterval {
  /** Inclusive start, "YYYY-MM-DD". */
  start: string;
  /** Exclusive end, "YYYY-MM-DD". */
  end: string;
  precision: 'day' | 'month' | 'year';
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function dateInterval(iso: string | null | undefined): DateInterval | null {
  if (!iso) return null;
  const m = ISO.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3])));
    return { start: day(d), end: day(new Date(d.getTime() + 86_400_000)), precision: 'day' };
  }
  if (m[2]) {
    const mon = Number(m[2]) - 1;
    return { start: day(new Date(Date.UTC(y, mon, 1))), end: day(new Date(Date.UTC(y, mon + 1, 1))), precision: 'month' };
  }
  return { start: `${m[1]}-01-01`, end: day(new Date(Date.UTC(y + 1, 0, 1))), precision: 'year' };
}

/** True when the interval overlaps [from, to] (both optional, both ISO of any precision). */
export function overlaps(interval: DateInterval, from?: string, to?: string): boolean {
  return overlapTest(from, to)(interval);
}

/** The test `overlaps` makes, with from and to read once: for filtering long lists of intervals. */
export function overlapTest(from?: string, to?: string): (interval: DateInterval) => boolean {
  const after = from ? dateInterval(from)?.start : undefined;
  const before = to ? dateInterval(to)?.end : undefined;
  return (interval) => (after === undefined || interval.end > after) && (before === undefined || interval.start < before);
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Orders publication dates for a reader, earliest first: those with a year by time, then those
 *  without one ("--02-14": where it falls among the others is unknown, and as text it would sort
 *  before every year), then none. `newestFirst` reverses only the dated ones. */
export function comparePublished(a: string | null | undefined, b: string | null | undefined, newestFirst = false): number {
  const rank = (p: string | null | undefined) => (!p ? 2 : ISO.test(p) ? 0 : 1);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 2) return 0;
  const c = compareIso(a!, b!);
  return newestFirst && ra === 0 ? -c : c;
}

/** Orders ISO dates as text (code points): what localeCompare gives for them, without its cost on long lists. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
