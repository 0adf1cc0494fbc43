// Time expressions that are not a calendar date: lengths of time ("three years", "the past two
// months", "a two-year deal"), recurrences ("daily", "every week"), quarters ("the third quarter"),
// seasons ("last fall"), weekends, and vague references ("now", "recently", "the future"). Each
// candidate carries how to value it once the document's anchor date is known; without an anchor,
// whatever depends on it stays unknown (XXXX).
import type { TimeValue } from '../../types.js';
import type { CalDate } from '../calendar.js';
import { addDays, weekdayOf } from '../calendar.js';
import { WordIndex } from './words.js';

export interface PeriodCandidate {
  kind: 'period';
  start: number;
  end: number;
  /** The value, given the document's anchor date (null when there is none). */
  value: (anchor: CalDate | null) => TimeValue;
  /** "a year earlier", "the year-ago quarter": the period the story speaks of, a year back (resolved in context). */
  yearBack?: boolean;
  /** "the 1988 quarter": the period the story speaks of, in this year (resolved in context). */
  inYear?: number;
}

const NUM: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a couple of': 2, couple: 2,
};
const NUMBER = String.raw`(\d{1,3}\s+1\/2|\d{1,3}(?:\.\d+)?|a couple of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred|an?)`;
const VAGUE_NUMBER = String.raw`(several|a few|few|many|some|the past few|the last few|the next few|recent|coming)`;
const UNIT = String.raw`(second|minute|hour|day|week|month|year|decade|century|centurie)s?`;

function amount(word: string): number | null {
  const w = word.toLowerCase().replace(/-/g, ' ');
  const half = /^(\d+)\s+1\/2$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d/.test(w)) return Number(w);
  if (NUM[w] !== undefined) return NUM[w];
  const [tens, units] = w.split(' ');
  return NUM[tens] !== undefined && NUM[units] !== undefined ? NUM[tens] + NUM[units] : null;
}

/** ISO 8601 duration: "P3Y", "PT2H", "P30Y" for three decades; n null → "PXY". */
export function isoDuration(unit: string, n: number | null): string {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  // "2 1/2 years" is P2Y6M: the fraction in the next smaller unit, as ISO 8601 writes it
  const smaller = FRACTION_UNIT[u];
  if (n !== null && !Number.isInteger(n) && n > 1 && smaller) {
    const whole = Math.floor(n);
    const rest = Math.round((n - whole) * smaller[1]);
    return isoDuration(u, whole).replace(/^P(T?)(\d+)(\w)$/, (_, t: string, v: string, c: string) => `P${t}${v}${c}${smaller[0] === 'H' && !t ? 'T' : ''}${rest}${smaller[0]}`);
  }
  const x = (k: number) => (n === null ? 'X' : String(Math.round(n * k * 100) / 100));
  switch (u) {
    case 'second': return `PT${x(1)}S`;
    case 'minute': return `PT${x(1)}M`;
    case 'hour': return `PT${x(1)}H`;
    case 'day': return `P${x(1)}D`;
    case 'week': return `P${x(1)}W`;
    case 'month': return `P${x(1)}M`;
    case 'quarter': return `P${x(1)}Q`;
    case 'decade': return n === null ? 'PXDE' : `P${x(10)}Y`;
    case 'century': return n === null ? 'PXCE' : `P${x(100)}Y`;
    default: return `P${x(1)}Y`;
  }
}

// The next smaller unit, and how many of it make one: years → months, days → hours, hours → minutes.
const FRACTION_UNIT: Record<string, [string, number]> = { year: ['M', 12], month: ['D', 30], day: ['H', 24], hour: ['M', 60], minute: ['S', 60] };

const duration = (timex: string): TimeValue => ({ iso: null, precision: 'none', kind: 'duration', timex });
const reference = (timex: string): TimeValue => ({ iso: null, precision: 'none', kind: 'reference', timex });
const set = (timex: string): TimeValue => ({ iso: null, precision: 'none', kind: 'set', timex });
/** A period on the calendar iso cannot hold (a quarter, a season, a week): iso null, TIMEX value given. */
const period = (timex: string): TimeValue => ({ iso: null, precision: 'none', timex });

// "three years", "the past two months", "a two-year deal", "30-year", "more than a decade"
// Found from the unit word backwards: unit words are few in a text, numbers before them fewer still.
const UNIT_WORD = new RegExp(String.raw`\b${UNIT}\b(?!-old|\s+old\b)`, 'gi');
const COUNT_BEFORE_UNIT = new RegExp(String.raw`\b(?:(?:the|its|their|his|her)\s+)?(?:(?:past|last|next|first|coming|previous|following|final|initial)\s+)?${NUMBER}(?:\s+|-)$`, 'i');
const VAGUE_COUNTED = new RegExp(String.raw`\b(?:(?:the|in)\s+)?${VAGUE_NUMBER}\s+${UNIT}\b`, 'gi');
// "for years", "over decades", "within weeks"
const BARE_PLURAL = /\b(for|over|in|within|after|took|takes|take|lasted)\s+(hours|days|weeks|months|years|decades)\b/gi;
// Words before "a year", "an hour" that make it a length of time.
const DURATION_CUE = /\b(?:for|than|about|nearly|almost|over|within|take|takes|took|lasted|in|around|roughly|only|just)\s+$/i;
// "the past year", "the last decade", "coming weeks": one unit of time back or ahead from now
const ONE_UNIT = /\bthe\s+(?:past|last)\s+(year|month|week|decade|century)\b/gi;
// Each with the words one of which it needs.
const SETS: Array<[RegExp, string, string[]]> = [
  [/\b(?:daily|every\s+day|each\s+day|a\s+day|per\s+day)\b/gi, 'P1D', ['daily', 'day']],
  [/\b(?:weekly|every\s+week|each\s+week|a\s+week|per\s+week)\b/gi, 'P1W', ['weekly', 'week']],
  [/\b(?:monthly|every\s+month|each\s+month|a\s+month|per\s+month)\b/gi, 'P1M', ['monthly', 'month']],
  [/\b(?:yearly|annually|every\s+year|each\s+year|a\s+year|per\s+year|per\s+annum)\b/gi, 'P1Y', ['yearly', 'annually', 'year', 'annum']],
  [/\b(?:every\s+quarter|each\s+quarter)\b/gi, 'P1Q', ['quarter']],
  [/\b(?:hourly|every\s+hour|an\s+hour|per\s+hour)\b/gi, 'PT1H', ['hourly', 'hour']],
];
// Measured on TimeBank/AQUAINT: "current", "recent" and "recently" are mostly references to the
// present or past there; "previously", "soon", "already" mostly are not, and are left out.
const PRESENT = /\b(?:right\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment)\b/gi;
const PAST = /\b(?:(?:more\s+)?recently|recent|lately|(?:in\s+)?the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter|century)))\b/gi;
const FUTURE = /\b(?:(?:in\s+)?the\s+(?:near\s+|distant\s+)?future|the\s+near\s+term|the\s+long\s+term|the\s+short\s+term)\b/gi;
const QUARTER = /\b(?:(this|last|next|the|its|their|the\s+fiscal|fiscal|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|the\s+current|(?:the\s+)?(?:fiscal\s+)?(?:19|20)\d\d)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:[\s-]|\s+fiscal\s+)quarter\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi;
// "the 1988 quarter", "the 1989 period": that year's period, the quarter the story speaks of
const YEAR_PERIOD = /\bthe\s+((?:19|20)\d\d)\s+(?:quarter|period)\b/gi;
const THE_QUARTER = /\b(the|this|last|next|the\s+latest|the\s+current|the\s+most\s+recent|the\s+previous)\s+quarter\b/gi;
const HALF = /\b(?:(this|last|next|the)\s+)?(first|second)\s+half\b(?:\s+of\s+((?:19|20)\d\d)\b)?/gi;
const SEASON = /\b(?:(this|last|next|the|early|late)\s+)(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?|\b(spring|summer|autumn|winter)\s+((?:19|20)\d\d)\b/gi;
const PART_OF_DAY = /\b(?:(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)|(tonight))\b/gi;
const PART_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
// "year-earlier", "the year-ago quarter", "the year-earlier period"
const YEAR_BACK = /\b(?:the\s+)?year[- ](?:earlier|ago)(?:\s+(?:quarter|period))?\b/gi;
// "the year ended March 31", "the fiscal year ending June 30": a twelve-month accounting period
const YEAR_ENDED = /\bthe\s+(?:fiscal\s+|financial\s+)?year(?=\s+end(?:ed|ing)\b)/gi;
// "by year-end", "since year-end": the year's last day (not "year-end results": a time only before punctuation)
const YEAR_END = /\byear[- ]end\b(?=\s*[.,;:!?)])/gi;
// "the current year", "the current fiscal year": the anchor's year
const CURRENT_YEAR = /\b(?:the\s+)?current\s+(?:fiscal\s+|calendar\s+)?year\b/gi;
const WEEKEND = /\b(this|last|next|the\s+past|the)\s+weekend\b/gi;

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

const quarterOf = (d: CalDate): number => Math.floor(((d.m ?? 1) - 1) / 3) + 1;

/** ISO week ("1998-W02") of a full date. */
export function isoWeek(d: CalDate): string | null {
  if (d.y === null || d.m === null || d.d === null) return null;
  const wd = (weekdayOf(d) ?? 1) || 7; // Monday 1 … Sunday 7
  const thursday = addDays(d, 4 - wd);
  const jan1 = Date.UTC(thursday.y!, 0, 1);
  const week = Math.floor((Date.UTC(thursday.y!, thursday.m! - 1, thursday.d!) - jan1) / 86400000 / 7) + 1;
  return `${thursday.y}-W${String(week).padStart(2, '0')}`;
}

function quarterValue(q: number, modifier: string, year: number | null, a: CalDate | null): TimeValue {
  if (year !== null) return period(`${year}-Q${q}`);
  if (!a || a.y === null) return period(`XXXX-Q${q}`);
  const m = modifier.toLowerCase();
  if (/last\s+year/.test(m)) return period(`${a.y - 1}-Q${q}`);
  if (/next\s+year/.test(m)) return period(`${a.y + 1}-Q${q}`);
  if (/this\s+year/.test(m)) return period(`${a.y}-Q${q}`);
  // a quarter the document speaks of is most often one that has begun: this year's if so, else last year's
  const aq = a.m === null ? 4 : quarterOf(a);
  return period(`${q <= aq ? a.y : a.y - 1}-Q${q}`);
}

function relativeQuarter(word: string, a: CalDate | null): TimeValue {
  if (!a || a.y === null || a.m === null) return period('XXXX-QX');
  const w = word.toLowerCase();
  let idx = a.y * 4 + quarterOf(a) - 1;
  // "the quarter", "the latest quarter": the last one reported, i.e. the one before the document's
  if (/last|latest|previous|most recent|^the$/.test(w)) idx -= 1;
  else if (/next/.test(w)) idx += 1;
  return period(`${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`);
}

function seasonValue(code: string, modifier: string | undefined, year: number | null, a: CalDate | null): TimeValue {
  if (year !== null) return period(`${year}-${code}`);
  if (!a || a.y === null) return period(`XXXX-${code}`);
  const m = (modifier ?? '').toLowerCase();
  const y = m === 'last' ? a.y - 1 : m === 'next' ? a.y + 1 : a.y;
  return period(`${y}-${code}`);
}

/** "this morning", "last night": the anchor's day (or the one before or after) with TIMEX's part-of-day code. */
export function partOfDay(a: CalDate | null, shift: number, code: string): TimeValue {
  if (!a || a.y === null || a.m === null || a.d === null) return period(`XXXX-XX-XXT${code}`);
  const d = addDays(a, shift);
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return period(`${d.y}-${pad(d.m)}-${pad(d.d)}T${code}`);
}

function weekendValue(modifier: string, a: CalDate | null): TimeValue {
  // "the weekend" read early in the week is the one just past; "this weekend" is the week's own
  const weekday = a ? weekdayOf(a) : null;
  const justPast = /^the$/i.test(modifier) && weekday !== null && weekday >= 1 && weekday <= 3;
  const week = a ? isoWeek(addDays(a, /last|past/i.test(modifier) || justPast ? -7 : /next/i.test(modifier) ? 7 : 0)) : null;
  return period(week ? `${week}-WE` : 'XXXX-WXX-WE');
}

/**
 * "the past year", "the last decade": the calendar unit before the anchor's, as TimeML values them (1997,
 * 198, 1997-12). Only as a TIMEX value: the phrase means the stretch up to now, not that calendar year.
 */
function unitBefore(unit: string, a: CalDate | null): TimeValue | null {
  if (!a || a.y === null) return null;
  if (unit === 'year') return period(String(a.y - 1));
  if (unit === 'decade') return period(String(Math.floor(a.y / 10) - 1));
  if (unit === 'century') return period(String(Math.floor(a.y / 100) - 1));
  if (a.m === null) return null;
  if (unit === 'month') return period(a.m === 1 ? `${a.y - 1}-12` : `${a.y}-${String(a.m - 1).padStart(2, '0')}`);
  return null; // "the last week" is as often this week as the one before: a length of time
}

/** Every period, duration, set and vague reference in the text. */
export function periodCandidates(text: string, words: WordIndex = new WordIndex(text)): PeriodCandidate[] {
  const out: PeriodCandidate[] = [];
  // each family of patterns runs only when its key words occur at all (most articles lack most of them)
  const has = (...keys: string[]) => words.has(...keys);
  const add = (start: number, end: number, value: PeriodCandidate['value']) => out.push({ kind: 'period', start, end, value });
  for (const u of text.matchAll(UNIT_WORD)) {
    const windowStart = Math.max(0, u.index - 60);
    const m = COUNT_BEFORE_UNIT.exec(text.slice(windowStart, u.index));
    if (!m) continue;
    const start = windowStart + m.index;
    const end = u.index + u[0].length;
    const n = amount(m[1]);
    const after = text.slice(end, end + 12);
    // "three years ago/later" is a date, read elsewhere; "a year" alone is too often "a year ago" or "once a year"
    if (/^\s+(?:ago|later|earlier|before|after|afterwards|from\s+now|prior)\b/i.test(after)) continue;
    if (/^an?$/i.test(m[1]) && !/^(?:the|its|their|his|her|past|last|next|first|coming|previous|following|final|initial)\b/i.test(m[0])) {
      if (!DURATION_CUE.test(text.slice(Math.max(0, start - 14), start))) continue;
    }
    const value = duration(isoDuration(u[1], n));
    add(start, end, () => value);
  }
  if (has('past', 'last')) for (const m of text.matchAll(ONE_UNIT)) {
    const length = duration(isoDuration(m[1], 1));
    const unit = m[1].toLowerCase();
    add(m.index, m.index + m[0].length, (a) => unitBefore(unit, a) ?? length);
  }
  if (has('several', 'few', 'many', 'some', 'recent', 'coming')) for (const m of text.matchAll(VAGUE_COUNTED)) {
    const vague = m[1].toLowerCase();
    // "recent years", "coming weeks": an unstated number of the unit, as TimeBank mostly values them (PXY)
    const value = duration(isoDuration(m[2], null));
    add(m.index, m.index + m[0].length, () => value);
  }
  if (has('hours', 'days', 'weeks', 'months', 'years', 'decades')) for (const m of text.matchAll(BARE_PLURAL)) {
    const start = m.index + m[0].length - m[2].length;
    const value = duration(isoDuration(m[2], null));
    add(start, m.index + m[0].length, () => value);
  }
  for (const [re, timex, keys] of SETS) {
    if (!has(...keys)) continue;
    for (const m of text.matchAll(re)) {
      const w = m[0].toLowerCase();
      // "a day", "a week", "an hour" are sets only after a count ("twice a day", "$5 a week")
      if (/^(?:a|an)\s/.test(w) && !/(?:\b(?:once|twice|times|thrice)|\d|\b(?:dollars|cents|pounds|euros|barrels|tons|tonnes|miles|hours|days))\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      const value = set(timex);
      add(m.index, m.index + m[0].length, () => value);
    }
  }
  const refs = [
    [PRESENT, 'PRESENT_REF', ['now', 'currently', 'current', 'present', 'presently', 'nowadays', 'days', 'moment']],
    [PAST, 'PAST_REF', ['recent', 'recently', 'lately', 'past']],
    [FUTURE, 'FUTURE_REF', ['future', 'coming', 'term']],
  ] as const;
  for (const [re, timex, keys] of refs) {
    if (!has(...keys)) continue;
    for (const m of text.matchAll(re)) {
      // "now" in "from now" and "until now" counts from the present but is not a reference to it
      if (/^now$/i.test(m[0]) && /\bfrom\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const value = reference(timex);
      add(m.index, m.index + m[0].length, () => value);
    }
  }
  if (has('quarter')) for (const m of text.matchAll(QUARTER)) {
    const q = ORDINAL[m[2].toLowerCase()];
    const yearBefore = m[1] ? /((?:19|20)\d\d)$/.exec(m[1]) : null;
    const year = m[3] ? Number(m[3]) : yearBefore ? Number(yearBefore[1]) : null;
    add(m.index, m.index + m[0].length, (a) => quarterValue(q, m[1] ?? '', year, a));
  }
  if (has('quarter')) for (const m of text.matchAll(THE_QUARTER)) add(m.index, m.index + m[0].length, (a) => relativeQuarter(m[1], a));
  if (has('half')) for (const m of text.matchAll(HALF)) {
    const h = m[2].toLowerCase() === 'first' ? 1 : 2;
    const year = m[3] ? Number(m[3]) : null;
    // "the first half" of a match or a century is not a half-year: only with a year or before "of the year"
    if (year === null && !/^\s+of\s+(?:the|this|next|last)\s+year\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    add(m.index, m.index + m[0].length, (a) => period(`${year ?? (a?.y ?? 'XXXX')}-H${h}`));
  }
  if (has('spring', 'summer', 'fall', 'autumn', 'winter')) for (const m of text.matchAll(SEASON)) {
    const season = (m[2] ?? m[4]).toLowerCase();
    const year = m[3] ? Number(m[3]) : m[5] ? Number(m[5]) : null;
    const modifier = m[1];
    if (season === 'fall' && !modifier) continue;
    add(m.index, m.index + m[0].length, (a) => seasonValue(SEASON_CODE[season], modifier === 'the' || modifier === 'early' || modifier === 'late' ? 'this' : modifier, year, a));
  }
  if (has('ended', 'ending')) for (const m of text.matchAll(YEAR_ENDED)) {
    const value = duration('P1Y');
    add(m.index, m.index + m[0].length, () => value);
  }
  if (has('year')) for (const m of text.matchAll(YEAR_END)) {
    // "since year-end" is the last one; "by year-end" this year's
    const since = /\bsince\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index));
    add(m.index, m.index + m[0].length, (a) => period(a?.y != null ? `${a.y - (since ? 1 : 0)}-12-31` : 'XXXX-12-31'));
  }
  if (has('current')) for (const m of text.matchAll(CURRENT_YEAR)) add(m.index, m.index + m[0].length, (a) => period(a?.y != null ? String(a.y) : 'XXXX'));
  if (has('weekend')) for (const m of text.matchAll(WEEKEND)) add(m.index, m.index + m[0].length, (a) => weekendValue(m[1], a));
  if (has('morning', 'afternoon', 'evening', 'night', 'tonight')) for (const m of text.matchAll(PART_OF_DAY)) {
    const word = (m[1] ?? '').toLowerCase();
    const code = PART_CODE[(m[2] ?? m[3]).toLowerCase()];
    const shift = word === 'yesterday' || (word === 'last' && m[2].toLowerCase() === 'night') ? -1 : word === 'tomorrow' ? 1 : 0;
    if (word === 'last' && m[2].toLowerCase() !== 'night') continue;
    add(m.index, m.index + m[0].length, (a) => partOfDay(a, shift, code));
  }
  if (has('quarter', 'period')) for (const m of text.matchAll(YEAR_PERIOD)) out.push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: () => period(m[1]), inYear: Number(m[1]) });
  if (has('ago', 'earlier')) for (const m of text.matchAll(YEAR_BACK)) out.push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: (a) => period(a?.y != null ? String(a.y - 1) : 'XXXX'), yearBack: true });
  return out;
}
