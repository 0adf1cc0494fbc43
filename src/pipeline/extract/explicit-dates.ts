// Explicit calendar dates in text, only as much as metadata needs: dateline dates,
// published dates in meta tags, and the latest dated mention (the notBefore bound).
// Full time normalisation is the time stage's job.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface ExplicitDate {
  iso: string;
  precision: 'day' | 'month' | 'year';
  index: number;
  text: string;
}

// Years are rare in running text, so find each year first and read the few characters before it
// with patterns anchored at the year: linear in the text, whatever its size.
const YEAR_RE = /\b(?:19|20)\d{2}\b/g;
const BEFORE_YEAR: { re: RegExp; kind: 'mdy' | 'dmy' | 'my' | 'prep' }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+$`, 'i'), kind: 'mdy' },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+$`, 'i'), kind: 'dmy' },
  { re: new RegExp(`\\b${MONTH},?\\s+$`, 'i'), kind: 'my' },
  { re: /\b(?:in|by|since|from|until|till|during|of|early|late|mid-?|year|spring|summer|autumn|fall|winter)\s+$/i, kind: 'prep' },
];
const WINDOW = 32;

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dateAtYear(text: string, at: number, y: number): ExplicitDate | null {
  const after = text.slice(at + 4, at + 10);
  const iso = /^-(\d{2})-(\d{2})\b/.exec(after);
  if (iso) {
    const [mo, d] = [+iso[1], +iso[2]];
    return validDay(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', index: at, text: text.slice(at, at + 10) } : null;
  }
  // "2,5 thousand" and "1999-2001" ranges and "2019.5" are not dates.
  if (/^[\d,.]\d|^\s*[-–]\s*\d/.test(after) || /[\d.,]$/.test(text.slice(Math.max(0, at - 1), at))) return null;
  const start = Math.max(0, at - WINDOW);
  const before = text.slice(start, at);
  for (const { re, kind } of BEFORE_YEAR) {
    const m = re.exec(before);
    if (!m) continue;
    const index = start + m.index;
    const written = text.slice(index, at + 4);
    if (kind === 'mdy' || kind === 'dmy') {
      const [mo, d] = kind === 'mdy' ? [monthNumber(m[1]) ?? 0, +m[2]] : [monthNumber(m[2]) ?? 0, +m[1]];
      if (validDay(y, mo, d)) return { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', index, text: written };
      continue;
    }
    if (kind === 'my') {
      const mo = monthNumber(m[1]);
      if (mo) return { iso: `${y}-${pad(mo)}`, precision: 'month', index, text: written };
      continue;
    }
    return { iso: String(y), precision: 'year', index: at, text: String(y) };
  }
  return null;
}

/** Every explicit date with a year in the text, in order. */
export function findExplicitDates(text: string): ExplicitDate[] {
  const out: ExplicitDate[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const d = dateAtYear(text, m.index, +m[0]);
    if (d) out.push(d);
  }
  return out;
}

/** The latest explicit date, comparing by the first day each one covers. */
export function latestExplicitDate(text: string): ExplicitDate | null {
  let best: ExplicitDate | null = null;
  for (const d of findExplicitDates(text)) {
    if (!best || d.iso.localeCompare(best.iso) > 0) best = d;
  }
  return best;
}

/** A machine date from a meta tag or JSON-LD ("2019-11-19T08:00:00Z", "2019-11-19", "Nov 19, 2019"). */
export function parseMetaDate(value: string): { iso: string; precision: 'day' | 'month' | 'year' } | null {
  const v = value.trim();
  const iso = /^((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v);
  if (iso) {
    const [y, mo, d] = [+iso[1], iso[2] ? +iso[2] : 0, iso[3] ? +iso[3] : 0];
    if (d && validDay(y, mo, d)) return { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' };
    if (mo >= 1 && mo <= 12 && !iso[3]) return { iso: `${y}-${pad(mo)}`, precision: 'month' };
    if (!iso[2]) return { iso: String(y), precision: 'year' };
    return null;
  }
  const found = findExplicitDates(v)[0];
  return found ? { iso: found.iso, precision: found.precision } : null;
}

/** "October 21", "21 October", "Oct. 21" → "--10-21". */
const MONTH_DAY_RE = new RegExp(`^${MONTH}\\s+(\\d{1,2})\\b`, 'i');
const DAY_MONTH_RE = new RegExp(`^(\\d{1,2})\\s+${MONTH}`, 'i');

export function parseMonthDay(text: string): string | null {
  const a = MONTH_DAY_RE.exec(text);
  const b = a ? null : DAY_MONTH_RE.exec(text);
  const mo = a ? monthNumber(a[1]) : b ? monthNumber(b[2]) : null;
  const d = a ? +a[2] : b ? +b[1] : 0;
  if (!mo || !validDay(2000, mo, d)) return null;
  return `--${pad(mo)}-${pad(d)}`;
}

/** The month-name pattern without a capture group, for other patterns to embed. */
export const MONTH_PATTERN = MONTH.replace(/^\(/, '(?:');
