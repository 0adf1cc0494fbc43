// Timestamp lines: a block that is nothing but a publication or update time ("13 February 2025",
// "Updated: Feb. 13, 2025 6:30 p.m. ET", "Sunday, 15 June", "3 hours ago"). They are page
// furniture, not article text; the one under the headline is the publication date.
import type { Piece } from './assemble.js';
import { findExplicitDates, MONTH_PATTERN, monthNumber } from './explicit-dates.js';
import type { Found } from './path-result.js';

const PREFIX = '(?:(?:first |last |originally )?(?:published|updated|posted|modified|created|date)(?: on| at)?\\s*:?\\s*)?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TIME = "(?:\\s*(?:,|at|[-–—])?\\s*\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?(?:[A-Z]{2,5}|GMT|UTC)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)?)?";
const DATES = [
  { re: `${WEEKDAY}${MONTH_PATTERN.replace('(?:', '(')}\\s+${DAY}(?:,?\\s+${YEAR})?`, order: 'mdy' as const },
  { re: `${WEEKDAY}${DAY}\\s+${MONTH_PATTERN.replace('(?:', '(')},?(?:\\s+${YEAR})?`, order: 'dmy' as const },
  { re: `${YEAR}-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?`, order: 'iso' as const },
];
/** A time written before the date ("Published 11:11 PM EST Nov 19, 2019"). */
const LEAD_TIME = '(?:\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?,?\\s+)?';
const DATE_RES = DATES.map(({ re, order }) => ({ re: new RegExp(`^${PREFIX}${LEAD_TIME}${re}${TIME}\\.?$`, 'i'), order }));
/** An update time with no date ("Updated at 1:23 p.m.", "Posted 09:40 GMT"): the word before it says what it is. */
const TIME_ONLY_RE = /^(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?\.?$/i;
const RELATIVE_RE = new RegExp(`^${PREFIX}(?:\\d+\\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\\s+ago|just now|yesterday|today)${TIME}$`, 'i');

export interface Timestamp {
  /** "2025-02-13" when the line gives a full date, "--02-13" when it gives no year (never guessed). */
  date: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parsePart(part: string): Timestamp | null {
  if (RELATIVE_RE.test(part) || TIME_ONLY_RE.test(part)) return { date: null };
  for (const { re, order } of DATE_RES) {
    const m = re.exec(part);
    if (!m) continue;
    const [y, mo, d] =
      order === 'iso' ? [+m[1], +m[2], +m[3]] : order === 'mdy' ? [m[3] ? +m[3] : 0, monthNumber(m[1]) ?? 0, +m[2]] : [m[3] ? +m[3] : 0, monthNumber(m[2]) ?? 0, +m[1]];
    if (!validDay(y || 2000, mo, d)) return null;
    return { date: y ? `${y}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}` };
  }
  return null;
}

/** Cheap gate: a timestamp line is short and has a digit or a relative-time word. */
const CUE = /\d|yesterday|today|just now/i;

/** The timestamp a whole block consists of, or null when the block says anything else. */
export function parseTimestampLine(text: string): Timestamp | null {
  if (text.length > 90 || !CUE.test(text)) return null;
  // "Published 13 February 2025 | Updated 14 February 2025": every part must be a timestamp; the first dates the story.
  let first: Timestamp | null = null;
  for (const part of text.split(/\s+[|•·]\s+/)) {
    const t = parsePart(part.trim());
    if (!t) return null;
    first ??= t;
  }
  return first;
}

const HEAD_PIECES = 8;
/** Head blocks that may carry the publication time: a timestamp line, or a byline or meta line with the date in it. */
const DATED_KINDS = new Set(['timestamp', 'byline', 'metadata']);
const BY_START = /^(?:by|written by|posted by|words by)\s/i;

/** The date a byline gives after the names ("By A on Monday, May 4th, 2026 at 9 a.m."), or null; an update date does not count. */
export function bylineDate(text: string): string | null {
  if (text.length > 160 || !BY_START.test(text)) return null;
  const d = findExplicitDates(text).find((x) => x.precision === 'day');
  if (!d || /\b(?:updated|modified)\b/i.test(text.slice(0, d.index))) return null;
  return d.iso;
}

/** The date of a timestamp line near the top (dropped as "timestamp" by the boilerplate pass): the publication date. */
export function headTimestamp(pieces: Piece[], titleIndex: number): Found<{ iso: string; precision: 'day' | 'month-day' }> | null {
  // Without a headline found, the head is the few blocks before the body starts (menus come first on many pages).
  const from = titleIndex >= 0 ? titleIndex : Math.max(0, pieces.findIndex((p) => p.drop === null) - HEAD_PIECES);
  const window = titleIndex >= 0 ? HEAD_PIECES : 2 * HEAD_PIECES;
  for (let i = from, n = 0; i < pieces.length && n < window; i++, n++) {
    const p = pieces[i];
    if (p.drop === null && p.text.length >= 120) break; // the body has started
    if (p.drop === null || !DATED_KINDS.has(p.drop) || /^(?:last )?(?:updated|modified)/i.test(p.text)) continue;
    const date = parseTimestampLine(p.text)?.date ?? bylineDate(p.text);
    if (date) return { value: { iso: date, precision: date.startsWith('--') ? 'month-day' : 'day' }, evidence: { origin: 'text', text: p.text } };
  }
  return null;
}

/**
 * The full date of a timestamp line standing right after the headline or the byline, wherever the page
 * put the two (many pages set the headline block outside the article's container): the publication date.
 * An update line there ends the look, and a date without its year does not count.
 */
export function besideHeadline(pieces: Piece[], isHeadline: (p: Piece) => boolean): Found<{ iso: string; precision: 'day' }> | null {
  for (let i = 0; i < pieces.length; i++) {
    if (!(pieces[i].drop === 'byline' || pieces[i].drop === 'title' || isHeadline(pieces[i]))) continue;
    for (let j = i + 1; j <= i + 2 && j < pieces.length; j++) {
      const p = pieces[j];
      if (/^(?:last )?(?:updated|modified)/i.test(p.text) || (p.drop === null && p.text.length >= 120)) break;
      const date = parseTimestampLine(p.text)?.date;
      if (date && !date.startsWith('--')) return { value: { iso: date, precision: 'day' }, evidence: { origin: 'text', text: p.text } };
    }
  }
  return null;
}
