// Absolute dates via chrono-node, with the corrections chrono needs:
// only components chrono is certain of are kept (no implied year), numeric
// dates only when the day/month order is unambiguous, month-only and weekday
// matches only where the context says they are dates ("in May", not "may").
// The English build only: the package's main entry also loads its fifteen other locales (some
// 240 modules, about 0.4 s of CPU in every thread that analyses), and its casual parser is this one.
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node/en';
import { isValidDay } from '../calendar.js';
import type { DateCandidate, Modifier, WeekdayCandidate } from './candidate.js';
import { CHRONO_TRIGGER, type Sentence } from './sentences.js';

// A leap year, so "Feb 29" without a year survives; no component implied from it is ever kept.
const REF = new Date(Date.UTC(2000, 5, 15, 12));

const CASUAL_PREFIX = /^(?:the\s+)?(?:night|evening|morning|afternoon|eve|early hours|small hours)\s+of\s+/i;
const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|the|of)\s+)+/i;
const WEEKDAY_WORD = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const NUMERIC = /^(\d{1,4})([\/.-])(\d{1,2})\2(\d{1,4})$/;
const RANGE_WORD = /\s+(?:to|until|till|through|and)\s+/i;
const BARE_DAY = /^\s*(?:(?:from|between|the)\s+)?\d{1,2}(?:st|nd|rd|th)?\s*$/i;
// A range that opens with a bare day ("28 to 3 March", "28-3 March"): its month is written after the last day.
const BARE_DAY_RANGE_START = /^\d{1,2}(?:st|nd|rd|th)?\s*(?:to|until|till|through|and|[-–—])\s*\d/i;
const DAY_RANGE_BEFORE = /\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i;
const PART_OF = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i;
const MODIFIER_BEFORE = /\b(last|next|this|coming|past)\s+$/i;
// After "the <Month>": a lower-case word that is no preposition or conjunction ("the October recall", not "the March on Washington").
const ATTRIBUTIVE_AFTER = /^\s+(?!(?:on|of|in|to|for|and|or|at|by|from|with|into|through|against|past|across)\b)[a-z]/;
// A number of one to three digits after the date's comma ("5 March, 40"): no year.
const COUNT_AFTER_COMMA = /\s*,\s*\d{1,3}$/;
// A year written as '98 after the date's comma.
// ("June 5, '90s hits": a decade written so is no year of the date)
const SHORT_YEAR_AFTER = /^,\s*['’](\d\d)(?![\d%\p{L}])/u;
// "In June, 12 of them …": a month, its comma, then a number; with no day before the month, the number is no day.
const MONTH_COMMA_NUMBER = /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s*,\s*\d{1,2}(?:st|nd|rd|th)?$/;
const MODIFIER_START = /^(last|next|this|coming|past)\s+/i;
// A clock time just before the day ("9 a.m. Tuesday", "5 p.m. EST, Nov. 9", "10:30 pm on Friday") or at its start ("noon Thursday").
const CLOCK_BEFORE = /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?$/i;
const NOON_START = /^(?:noon|midday)\s+(?:on\s+)?/i;
const QUALIFIER_BEFORE = /\b(?:early|mid|late|the (?:end|beginning|start|middle) of)[\s-]*$/i;
// A bare month name is a date only after one of these ("in May", "last December").
const MONTH_ONLY_CONTEXT = /\b(?:in|since|until|till|by|from|during|through|throughout|last|next|this|early|mid|late|of|before|after|and|or|to|between|until)[\s-]+$/i;

// Chrono's casual parsers without those for what the pattern detectors read themselves (relative
// expressions, clock times): they cost time and their results were dropped anyway. ("Friday morning" still needs the casual ones.)
const DROPPED = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeExpressionParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENEndOfCurrentMonthParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser']);
let custom: chrono.Chrono | undefined;
function parser(): chrono.Chrono {
  if (custom) return custom;
  custom = chrono.casual.clone();
  custom.parsers = custom.parsers.filter((p) => !DROPPED.has(p.constructor.name));
  return custom;
}

const TRIGGERS = new RegExp(CHRONO_TRIGGER.source, 'gi');
// How much text around a trigger word chrono sees: enough for "the night of", "Monday, March 3, 2019 at 10 am"
// and "from March 3 to April 5"; chrono's cost grows with the text it is given, and most of a sentence is not a date.
const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 48;

export function chronoCandidates(text: string, sentences: Sentence[]): Array<DateCandidate | WeekdayCandidate> {
  const out: Array<DateCandidate | WeekdayCandidate> = [];
  for (const s of sentences) {
    for (const w of triggerWindows(text, s)) collect(text, text.slice(w.start, w.end), w.start, out);
  }
  return out;
}

/** Stretches of a sentence around its trigger words, cut at spaces and merged where they meet. */
function triggerWindows(text: string, s: Sentence): Array<{ start: number; end: number }> {
  const windows: Array<{ start: number; end: number }> = [];
  const body = text.slice(s.start, s.end);
  for (const m of body.matchAll(TRIGGERS)) {
    let start = Math.max(0, m.index - CONTEXT_BEFORE);
    let end = Math.min(body.length, m.index + m[0].length + CONTEXT_AFTER);
    while (start > 0 && !/\s/.test(body[start - 1])) start--;
    while (end < body.length && !/\s/.test(body[end])) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end - s.start) last.end = s.start + end;
    else windows.push({ start: s.start + start, end: s.start + end });
  }
  return windows;
}

function collect(text: string, body: string, offset: number, out: Array<DateCandidate | WeekdayCandidate>): void {
  for (const r of parser().parse(body, REF, { forwardDate: false })) {
    const at = offset + r.index;
    const prefix = CASUAL_PREFIX.exec(r.text);
    if (prefix) {
      // chrono reads "night of March 3, 2019" as tonight; parse what follows "of" alone.
      collect(text, r.text.slice(prefix[0].length), at + prefix[0].length, out);
      continue;
    }
    const range = r.end ? RANGE_WORD.exec(r.text) : null;
    // "November to January": two mentions; "3 to 10 September", "September 3 to 10": one, as "3-10 September" is
    // (a bare day number is no date of its own, and never a count)
    if (range && ![r.text.slice(0, range.index), r.text.slice(range.index + range[0].length)].some((part) => BARE_DAY.test(part))) {
      // "November to January": two mentions, each with its own value.
      collect(text, r.text.slice(0, range.index), at, out);
      collect(text, r.text.slice(range.index + range[0].length), at + range.index + range[0].length, out);
      continue;
    }
    const c = toCandidate(text, r, at);
    if (c) out.push(c);
  }
}

function toCandidate(text: string, r: ParsedResult, at: number): DateCandidate | WeekdayCandidate | null {
  // Trim leading prepositions and trailing punctuation from the span.
  const lead = LEADING_WORDS.exec(r.text)?.[0].length ?? 0;
  const core = r.text.slice(lead).replace(/\s+at\s+\d{1,2}$/, '').replace(/[\s,.;:–—-]+$/, '');
  let start = at + lead;
  let end = start + core.length;
  if (!core) return null;
  const known = (c: 'year' | 'month' | 'day' | 'weekday'): boolean => r.start.isCertain(c);
  const before = text.slice(Math.max(0, start - 24), start);
  const modifierMatch = MODIFIER_BEFORE.exec(before) ?? MODIFIER_START.exec(core);
  const modifier = modifierOf(modifierMatch?.[1]);
  if (modifierMatch && modifier && modifierMatch.index !== 0) start -= modifierMatch[0].length;
  const clock = clockOf(before, core);
  if (clock?.before) start -= clock.before;
  // "between 3 and 10 September": the first day belongs to the range, as in "3-10 September"
  // (a first day above the last, "between 28 and 3 March", is in the month before: see below)
  const rangeFirst = !modifierMatch && !clock && known('day') ? DAY_RANGE_BEFORE.exec(before) : null;
  const dayRange = rangeFirst && Number(rangeFirst[1]) >= 1 && Number(rangeFirst[1]) <= 31 && Number(rangeFirst[1]) !== r.start.get('day') ? rangeFirst : null;
  if (dayRange) start -= dayRange[0].length - dayRange[0].indexOf(dayRange[1]);

  if (!known('month') && !known('year')) {
    if (!known('weekday') || known('day')) return null;
    const w = WEEKDAY_WORD.exec(core);
    if (!w) return null; // "sun", "Sat." and the like: too often not a day
    return { kind: 'weekday', start, end, weekday: r.start.get('weekday') ?? 0, modifier, ...(clock ? { clock: clock.time } : {}) };
  }

  const numeric = NUMERIC.exec(core);
  let y = known('year') ? r.start.get('year') : null;
  // "On 5 March, 40 people died": after a comma a year is written with four digits (or as '98), so a shorter
  // number there is a count that begins the clause, not the year chrono reads into it (2040)
  const countAfter = !numeric && y !== null ? COUNT_AFTER_COMMA.exec(core) : null;
  if (countAfter) {
    y = null;
    end = start + countAfter.index;
  }
  // "In June, 12 of them were arrested": chrono reads "June, 12" as a day; the mention ends at the month
  const monthComma = !numeric && y === null && known('day') ? MONTH_COMMA_NUMBER.exec(core) : null;
  if (monthComma) end = start + monthComma[1].length;
  // "June 5, '98": the year written with an apostrophe, which chrono leaves out
  const shortYear = !numeric && !monthComma && y === null && known('day') ? SHORT_YEAR_AFTER.exec(text.slice(end, end + 8)) : null;
  if (shortYear) {
    const n = Number(shortYear[1]);
    y = (n < 50 ? 2000 : 1900) + n;
    end += shortYear[0].length;
  }
  let m = known('month') ? r.start.get('month') : null;
  let d = monthComma ? null : dayRange ? Number(dayRange[1]) : known('day') ? r.start.get('day') : null;
  if (numeric) {
    const nums = [numeric[1], numeric[3], numeric[4]].map(Number);
    if (numeric[1].length === 4) [y, m, d] = nums; // ISO order
    else {
      y = nums[2] < 100 ? (nums[2] < 50 ? 2000 : 1900) + nums[2] : nums[2];
      const [a, b] = nums;
      if (a > 12 && b <= 12) [d, m] = [a, b];
      else if (b > 12 && a <= 12) [m, d] = [a, b];
      else if (a === b) [m, d] = [a, b];
      else [m, d] = [null, null]; // 03/04/1987: only the year is certain
    }
    if (numeric[4].length < 2) return null;
  } else if (!MONTH_WORD.test(core)) {
    return null;
  }
  // chrono reads "the end of February" as its last day; the text only names the month.
  const partOf = PART_OF.test(core);
  if (partOf) d = null;
  if (y !== null && (y < 1000 || y > 2200)) return null;
  if (m !== null && d !== null && !isValidDay(y, m, d)) return null;
  if (m !== null && d === null && y === null && !modifier) {
    // "the October slaying", "volume for October": a month before a common noun or after "for" (not "May": a name, a verb)
    const attributive = m !== 5 && (/\bfor\s+$/i.test(before) || (/\bthe\s+$/i.test(before) && ATTRIBUTIVE_AFTER.test(text.slice(end, end + 16))));
    if (!partOf && !attributive && !MONTH_ONLY_CONTEXT.test(before)) return null;
  }
  if (m === null && y === null) return null;
  if (!modifier) {
    const q = QUALIFIER_BEFORE.exec(before);
    if (q && d === null) start -= q[0].length;
  }
  // "3 to 10 September", "between 3 and 10 September": the range's last day, from what chrono read after the range word
  const endDate = d === null || numeric || partOf ? null : dayRange ? { y, m, d: r.start.get('day') ?? null } : rangeEnd(r);
  // "28 to 3 March": the month is written once, after the last day; a first day above the last is in the month before
  if (endDate && endDate.d !== null && m !== null && d !== null && (dayRange !== null || BARE_DAY_RANGE_START.test(core)) && (endDate.m ?? m) === m && d > endDate.d) {
    if (m === 1 && y !== null) y -= 1;
    m = m === 1 ? 12 : m - 1;
    if (!isValidDay(y, m, d)) return null;
  }
  return { kind: 'date', start, end, date: { y, m, d }, modifier, ...(clock && d !== null ? { clock: clock.time } : {}), ...(endDate && endDate.d !== null ? { endDate } : {}) };
}

/** The certain components of a range's end ("10 September" of "3 to 10 September"), or null when chrono read none. */
function rangeEnd(r: ParsedResult): { y: number | null; m: number | null; d: number | null } | null {
  const e = r.end;
  if (!e || !e.isCertain('day')) return null;
  return { y: e.isCertain('year') ? (e.get('year') ?? null) : null, m: e.isCertain('month') ? (e.get('month') ?? null) : null, d: e.get('day') ?? null };
}

/** The clock time written with a day, and how many characters of it lie before the day's span. */
function clockOf(before: string, core: string): { time: string; before: number } | null {
  if (NOON_START.test(core)) return { time: '12:00', before: 0 };
  const m = CLOCK_BEFORE.exec(before);
  if (!m) return null;
  const hour = Number(m[1]) % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
  if (Number(m[1]) > 12 || Number(m[2] ?? 0) > 59) return null;
  return { time: `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`, before: m[0].length };
}

function modifierOf(word: string | undefined): Modifier {
  const w = word?.toLowerCase();
  if (w === 'last' || w === 'past') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  if (w === 'this') return 'this';
  return null;
}
