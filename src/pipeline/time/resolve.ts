// Turns candidates into values, in reading order: deictic expressions are
// read against the document anchor, anaphoric ones ("three months later")
// against the story's previous date. What cannot be pinned down stays
// unresolved, with the bound or the phrase it depends on.
import type { TimeMention, TimeValue } from '../../types.js';
import type { TimeAnchor } from './anchor.js';
import { addDays, addDaysKnown, addMonths, fromIso, isValidDay, precisionOf, toIso, truncate, weekdayOf, type CalDate } from '../calendar.js';
import type { DateCandidate, EventOffsetCandidate, Modifier, OffsetCandidate, Unit, WeekdayCandidate } from './candidate.js';
import type { Detection, Located } from './detect.js';
import { isoDuration, isoWeek } from './periods.js';

/** The story's current date: the last date resolved, where it was said. */
interface Ref {
  date: CalDate;
  text: string;
  sentence: number;
  paragraph: number;
}

// Sentences about what is to come: a bare "September 30" there is the next one ("payable", "due" are deadlines).
const FUTURE_DATE = /\b(?:will|shall|due|payable|expires?|scheduled|expect(?:s|ed)? to|plans? to|is set to|are set to|poised to|deadline|until|not later than)\b|['’]ll\b/i;
// "since March", "since the Oct. 23 slaying", "since shortly after the March vote": counting from a time gone by
const SINCE_BEFORE = /\bsince\s+(?:(?:shortly|soon|just|right|immediately)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
/** How far before a date "since" may stand ("since shortly after the "). */
const SINCE_REACH = 40;
// A deadline word just before the date ("by Jan. 14", "effective Dec. 7", "holders of record Dec. 21") looks ahead whatever
// the verb's tense, unless a past perfect follows it ("By 12 June, 25 soldiers had been killed").
const DEADLINE_BEFORE = /\b(?:by|until|till|effective|of record)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
// "had killed", "had been killed", "had already left" (not "had to": an obligation still ahead)
// "By 12 June," opening its clause (after a conjunction at most)
const FRONTED_DEADLINE = /^\s*(?:(?:and|but|yet|so)\s+)?(?:by|until|till)\s+(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?$/i;
const PAST_PERFECT = /\bhad\s+(?!to\b)[a-z]+/i;
// Between the two dates of a range ("from 3 June to 10 July", "between 3 June and 10 July").
const RANGE_GAP = /^\s*(?:to|until|till|through|and|[-–—])\s*$/i;
// A day that names when an occasion sits ("the annual meeting April 23", "a hearing on May 5", "the April 23 annual meeting") is announced ahead as
// often as reported after: it is the nearest such day, whatever tense reports the occasion.
const OCCASION_AFTER = /^\s+(?:[a-z]+\s+)?(?:meeting|conference|summit|hearing|session|talks|vote|election|referendum|ballot|trial|auction|ruling|verdict)s?\b/i;
const OCCASION_BEFORE = /\b(?:meeting|conference|summit|hearing|session|talks|vote|election|referendum|ballot|trial|auction|ruling|verdict)s?\s+(?:(?:on|for|set for|scheduled for)\s+)?$/i;
// A bare weekday is the past one unless the verb looks ahead ("notes due 1997" does not make "sold Thursday" future).
const FUTURE_WEEKDAY = /\b(?:will|would|shall|is due to|are due to|scheduled|expected to|plan(?:s|ned|ning)? to|is to|are to|likely to|is set to|are set to)\b|['’]ll\b/i;
const PAST = /\b(?:was|were|had|did)\b/i;
// How many sentences after a quarter is named "a year earlier" still compares with it (results reports run on).
const QUARTER_REACH = 1;
const APPOSITION_GAP = /^\s*[,(–—-]?\s*(?:in|on|by|of|around)?\s*$/i;

export function resolveAll(det: Detection, anchor: TimeAnchor): TimeMention[] {
  const anchorDate = fromIso(anchor.iso);
  const out: TimeMention[] = [];
  let ref: Ref | null = null;
  const unresolved = (extra: Partial<TimeValue> = {}): TimeValue => ({ iso: null, precision: 'none', ...extra });
  const fromAnchorBound = (): TimeValue => unresolved(anchor.notBefore ? { notBefore: anchor.notBefore } : {});

  // The last quarter the story named ("third-quarter profit … a year earlier"): what "a year ago" compares with.
  let quarter: { y: number; q: number; sentence: number } | null = null;
  // The last date resolved with a year and where it stands: the start of a range whose end is the next date.
  let opening: { i: number; date: CalDate } | null = null;
  det.found.forEach((loc, i) => {
    const { c } = loc;
    const text = det.text.slice(c.start, c.end);
    let value: TimeValue;
    const apposed = c.kind === 'offset' || c.kind === 'event-offset' ? apposedDate(det, i) : null;
    if (apposed) {
      value = valueOf(apposed);
    } else if (c.kind === 'date') {
      const opened = rangeStart(det, i, c, loc, opening);
      const d = opened ?? dateWithYear(det, c, loc, ref, anchorDate, isFuture(det, loc, FUTURE_DATE));
      value = valueOf(c.holiday === 'thanksgiving' && d.y !== null ? { ...d, d: fourthThursday(d.y) } : d);
      const last = c.endDate ? rangeEndIso(d, c.endDate) : null;
      if (last && value.iso) value = { ...value, end: last };
    } else if (c.kind === 'weekday') {
      value = weekday(c, det, loc, anchorDate, anchor.weekday);
    } else if (c.kind === 'event-offset') {
      value = eventOffset(c);
    } else if (c.kind === 'period') {
      value = c.value(anchorDate);
    } else {
      value = offset(c, loc, ref, anchorDate);
    }
    // "a year ago", "the year-ago period", "last year" beside a quarter: that quarter a year back
    const yearAgo = (c.kind === 'period' && c.yearBack) || (c.kind === 'offset' && c.unit === 'year' && c.amount === -1 && (!c.calendar || quarter?.sentence === loc.sentence));
    if (yearAgo && quarter && loc.sentence - quarter.sentence <= QUARTER_REACH) value = { ...value, timex: `${quarter.y - 1}-Q${quarter.q}` };
    if (c.kind === 'period' && c.inYear !== undefined && quarter && loc.sentence - quarter.sentence <= 1) value = { ...value, timex: `${c.inYear}-Q${quarter.q}` };
    // a quarter read as "a year earlier" than the story's is not the story's quarter
    const q = value.timex && !yearAgo ? /^(\d{4})-Q(\d)$/.exec(value.timex) : null;
    if (q) quarter = { y: Number(q[1]), q: Number(q[2]), sentence: loc.sentence };
    // "9 a.m. Tuesday": that day's hour as TIMEX value (1998-02-10T09:00); the day stays the date
    if ((c.kind === 'date' || c.kind === 'weekday') && c.clock && value.iso?.length === 10) value = { ...value, timex: `${value.iso}T${c.clock}` };
    // "Tuesday night": the annotated news data (TimeBank) values it as often as the day alone as with its part (2000-01-05TNI); the day is kept
    const end = c.end;
    out.push({ start: c.start, end, text, value });

    const resolved = c.kind === 'date' && value.iso ? fromIso(value.iso) : null;
    opening = resolved && resolved.y !== null ? { i, date: resolved } : null;
    // "in office since 1998" starts a period; the story is not then
    const startsPeriod = /\bsince\s+$/i.test(det.text.slice(Math.max(0, c.start - 8), c.start));
    if (value.iso !== null && !startsPeriod) {
      const date = fromIso(value.iso);
      if (date) ref = { date, text, sentence: loc.sentence, paragraph: loc.paragraph };
    } else if (c.kind === 'event-offset') {
      ref = null; // the story has moved to a time we cannot place
    }
  });
  return out;

  function offset(c: OffsetCandidate, loc: Located, story: Ref | null, a: CalDate | null): TimeValue {
    if (c.base === 'narrative') {
      // "a year earlier" with no date told nearby compares with the time of writing, like "a year ago"
      const near = story && story.paragraph === loc.paragraph && loc.sentence - story.sentence <= 1;
      if (!near && c.unit === 'year' && c.amount === -1 && a && a.y !== null) return valueOf({ y: a.y - 1, m: null, d: null });
      if (!story) return unresolved({ timex: lengthOf(c) });
      const d = c.amount === null ? null : shift(story.date, c.unit, c.amount);
      return d ? valueOf(d) : unresolved({ relativeTo: story.text, timex: lengthOf(c) });
    }
    if (c.calendar && c.unit === 'week') {
      // No week precision in iso: the week's Monday as a lower bound, the ISO week as its TIMEX value.
      if (!a || a.d === null || a.y === null) return { ...fromAnchorBound(), timex: 'XXXX-WXX' };
      const monday = addDays(a, -(((weekdayOf(a) ?? 1) + 6) % 7) + 7 * (c.amount ?? 0));
      return unresolved({ notBefore: toIso(monday) ?? undefined, timex: isoWeek(monday) ?? undefined });
    }
    // "Next year, the pair were released": in a past-tense story, the year after the story's date.
    const storyNext = c.calendar && (c.amount ?? 0) > 0 && story && story.paragraph === loc.paragraph ? shift(story.date, c.unit, c.amount ?? 0) : null;
    if (storyNext && loc.sentence - (story?.sentence ?? 0) <= 1 && isPast(det, loc)) return valueOf(storyNext);
    const fromAnchor = a && c.amount !== null ? shift(a, c.unit, c.amount) : null;
    // "six weeks ago": that week, as TimeML values it; the day stays the date
    const week = fromAnchor && c.unit === 'week' ? isoWeek(fromAnchor) : null;
    if (fromAnchor) return week ? { ...valueOf(fromAnchor), timex: week } : valueOf(fromAnchor);
    // without a document date, "next year" in a sentence that is not telling a past story stays unresolved:
    // the story's last year may be a named event's ("the 2008 crash"), not the writer's now
    // "several years ago": some time in the past, TimeML's PAST_REF
    return c.amount === null ? unresolved({ timex: 'PAST_REF' }) : fromAnchorBound();
  }

  function eventOffset(c: EventOffsetCandidate): TimeValue {
    const d = c.dated && c.amount !== null ? shift(c.dated.date, c.unit, c.amount) : null;
    return d ? valueOf(d) : unresolved({ relativeTo: c.relativeTo, timex: lengthOf(c) });
  }
}

/** An offset that cannot be placed ("one year after he was killed") is still a length of time: TimeML's P1Y. */
function lengthOf(c: { unit: Unit; amount: number | null }): string {
  return isoDuration(c.unit, c.amount === null ? null : Math.abs(c.amount));
}

/** The fourth Thursday of November. */
function fourthThursday(y: number): number {
  const first = new Date(Date.UTC(y, 10, 1)).getUTCDay();
  return 1 + ((4 - first + 7) % 7) + 21;
}

/**
 * A range's last day, its missing parts taken from its first ("3 to 10 September 2024": the year and month of
 * both); a last day before the first falls in the next month or year when only the day is written
 * ("28 to 3 March" is read as 28 February by the detector, so its end follows its start). Null when it cannot follow the first.
 */
function rangeEndIso(first: CalDate, last: CalDate): string | null {
  if (first.d === null || first.m === null || last.d === null) return null;
  let m = last.m ?? first.m;
  let y = last.y ?? first.y;
  if (last.m === null && last.d < first.d) m = m === 12 ? 1 : m + 1;
  if (last.y === null && y !== null && m < first.m) y += 1;
  const end: CalDate = { y, m, d: last.d };
  if (!isValidDay(y, m, last.d)) return null;
  const a = toIso(first);
  const b = toIso(end);
  return a !== null && b !== null && precisionOf(end) === precisionOf(first) && b > a ? b : null;
}

/**
 * "from 3 June to 10 July": the end of a range written as two dates takes its start's year (the next one where it
 * falls earlier in the year), so an end never precedes its start; each end's own tense cue could part them.
 */
function rangeStart(det: Detection, i: number, c: DateCandidate, loc: Located, opening: { i: number; date: CalDate } | null): CalDate | null {
  const d = c.date;
  if (!opening || opening.i !== i - 1 || d.y !== null || d.decade !== undefined || d.m === null || opening.date.y === null) return null;
  const prev = det.found[i - 1];
  if (prev.sentence !== loc.sentence || prev.c.kind !== 'date') return null;
  const gap = det.text.slice(prev.c.end, c.start);
  if (!RANGE_GAP.test(gap)) return null;
  const between = /\bbetween\s+$/i.test(det.text.slice(Math.max(0, prev.c.start - 12), prev.c.start));
  if (/\band\b/i.test(gap) && !between) return null;
  if (opening.date.m === null) return null;
  const later = monthDay(d) < monthDay(opening.date) ? 1 : 0;
  return { ...d, y: opening.date.y + later };
}

function valueOf(d: CalDate): TimeValue {
  return { iso: toIso(d), precision: precisionOf(d) };
}

/** "A year later, in May 2019": the written date says when. */
function apposedDate(det: Detection, i: number): CalDate | null {
  const cur = det.found[i];
  const next = det.found[i + 1];
  if (!next || next.c.kind !== 'date' || next.sentence !== cur.sentence) return null;
  if (next.c.date.y === null && next.c.date.decade === undefined) return null;
  return APPOSITION_GAP.test(det.text.slice(cur.c.end, next.c.start)) ? next.c.date : null;
}

/** Supply a missing year from a modifier, the story, or the anchor; otherwise leave it unknown. */
function dateWithYear(det: Detection, c: DateCandidate, loc: Located, story: Ref | null, a: CalDate | null, future: boolean): CalDate {
  const d = c.date;
  if (d.y !== null || d.decade !== undefined || d.m === null) return d;
  if (c.modifier) return a && a.y !== null ? { ...d, y: yearByModifier(d, c.modifier, { ...a, y: a.y }) } : d;
  if (a && a.y !== null) {
    // the clause's own tense decides, not a "will" elsewhere in the sentence (measured on TimeBank)
    const lead = det.text.slice(Math.max(0, c.start - 24), c.start);
    // "since March" has begun
    if (SINCE_BEFORE.test(det.text.slice(Math.max(0, c.start - SINCE_REACH), c.start))) return { ...d, y: nearestYear(d, { ...a, y: a.y }, false, 0) };
    // "Talking will not help, and the February meeting produced little": a cue before a joined clause is that clause's
    // "from 3 September until 10 September" spans a time: its "until" is no deadline, the verb's tense places it
    // (a span without a verb of its own, "From 3 September until 10 September, the fair will …", takes the sentence's)
    const whole = clauseAround(det, loc);
    const clause = spanless(whole);
    const inSpan = clause !== whole || SPAN_UNTIL_BEFORE.test(det.text.slice(Math.max(0, c.start - 48), c.start));
    const sentence = spanless(sentenceText(det, loc));
    const ownPart = clause.slice(Math.max(0, lastJoin(clause.slice(0, Math.max(0, clause.indexOf(det.text.slice(c.start, c.end)))))));
    const ahead =
      FUTURE_DATE.test(PAST_VERB.test(ownPart) ? ownPart : clause) ||
      // "By 12 June, 25 soldiers had been killed": a past perfect after the deadline looks back to it
      // (one before it does not: "the sale, which had been expected, … by February"; nor one in another clause:
      // "repaid by 12 June, a date the bank had set")
      (DEADLINE_BEFORE.test(lead) && !inSpan && !PAST_PERFECT.test(deadlineClauseAfter(det, loc))) ||
      (inSpan && !PAST_VERB.test(clause) && FUTURE_DATE.test(sentence));
    const occasion = OCCASION_BEFORE.test(lead) || OCCASION_AFTER.test(det.text.slice(c.end, c.end + 40));
    if (!ahead && d.d !== null && occasion && !/\b(?:last|previous|past)\b/i.test(lead)) return { ...d, y: nearestYear(d, { ...a, y: a.y }, false) };
    // a clause without a verb ("In March, the company sold …") takes the sentence's tense
    const past = ahead ? null : PAST_VERB.test(clause) ? STRONG_CUE_DAYS : !FUTURE_DATE.test(sentence) && PAST_VERB.test(sentence) ? WEAK_CUE_DAYS : null;
    return { ...d, y: nearestYear(d, { ...a, y: a.y }, ahead, past) };
  }
  if (story && story.date.y !== null && story.paragraph === loc.paragraph && loc.sentence - story.sentence <= 1) {
    // No document year: the story's year. It goes forward: an earlier month in a later sentence is the next year.
    const back = loc.sentence > story.sentence && story.date.m !== null && monthDay(d) < monthDay(story.date);
    return { ...d, y: story.date.y + (back ? 1 : 0) };
  }
  return d;
}

// "from <date> until <date>": a span of time, whose "until" looks nowhere ahead
const SPAN_UNTIL = /\b(from\s+[^,;]{1,30}?\s+)(?:until|till)\b/gi;
const SPAN_UNTIL_BEFORE = /\bfrom\s+[^,;]{1,30}?\s+(?:until|till)\s+$/i;
const spanless = (text: string): string => text.replace(SPAN_UNTIL, '$1to');

const monthDay = (d: CalDate): number => (d.m ?? 0) * 100 + (d.d ?? 0);

/** Where the last clause joined by "and"/"but" starts in a text (0 when none). */
function lastJoin(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/\s(?:and|but|while|whereas)\s/gi)) at = (m.index ?? 0) + m[0].length;
  return at;
}

function yearByModifier(d: CalDate, mod: Exclude<Modifier, null>, a: CalDate & { y: number }): number {
  if (mod === 'this' || a.m === null) return mod === 'last' ? a.y - 1 : mod === 'next' ? a.y + 1 : a.y;
  const cmp = d.d === null || a.d === null ? (d.m ?? 0) - a.m : monthDay(d) - monthDay(a);
  if (mod === 'last') return cmp < 0 ? a.y : a.y - 1;
  return cmp > 0 ? a.y : a.y + 1;
}

// How far past the anchor a date in a past-tense clause may still lie (reports trail events, deadlines
// set in the past fall just after): a verb in the date's own clause is a stronger cue than one elsewhere in the sentence.
const STRONG_CUE_DAYS = 7;
const WEAK_CUE_DAYS = 45;

/**
 * The occurrence of a month (and day) closest to the anchor; in a sentence about the future, the next
 * one (a week's grace: "by Jan. 14" read on the 15th); in a sentence that reports what was done
 * ("approved the extradition in March"), the last one up to `pastGrace` days after the anchor.
 */
function nearestYear(d: CalDate, a: CalDate & { y: number }, future: boolean, pastGrace: number | null = null): number {
  if (a.m === null) return a.y;
  const day = (y: number, m: number, dd: number): number => Date.UTC(y, m - 1, dd);
  // a month alone counts from its first (future) or last (past) day, so "in October" read in October is this one
  const first = (y: number) => day(y, d.m ?? 1, d.d ?? 1);
  const last = (y: number) => (d.d !== null ? first(y) : day(y, (d.m ?? 1) + 1, 0));
  const anchorDay = day(a.y, a.m, a.d ?? (future ? 1 : 28));
  const dayMs = 86400000;
  const years = [a.y - 1, a.y, a.y + 1];
  if (future) return years.find((y) => last(y) >= anchorDay - 7 * dayMs) ?? a.y;
  if (pastGrace !== null) return [...years].reverse().find((y) => first(y) <= anchorDay + pastGrace * dayMs) ?? a.y;
  const target = day(a.y, a.m, a.d ?? 15);
  let best = a.y;
  for (const y of years) {
    const dist = Math.abs(day(y, d.m ?? 1, d.d ?? 15) - target);
    if (dist < Math.abs(day(best, d.m ?? 1, d.d ?? 15) - target)) best = y;
  }
  return best;
}

/** Shift a date by whole units, at no finer precision than both the date and the unit support. */
function shift(d: CalDate, unit: Unit, n: number): CalDate | null {
  const hasDay = d.m !== null && d.d !== null;
  switch (unit) {
    case 'day':
      return hasDay ? addDaysKnown(d, n) : null;
    case 'week':
      return hasDay ? addDaysKnown(d, 7 * n) : null;
    case 'month':
      return d.m !== null ? (n === 0 ? truncate(d, 'month') : addMonths(d, n)) : null;
    case 'year':
      return d.y !== null ? { y: d.y + n, m: null, d: null } : null;
    case 'decade': {
      const decade = d.decade ?? (d.y !== null ? Math.floor(d.y / 10) : null);
      return decade === null ? null : { y: null, m: null, d: null, decade: decade + n };
    }
  }
}

function isPast(det: Detection, loc: Located): boolean {
  const s = det.sentences[loc.sentence];
  const body = s ? det.text.slice(s.start, s.end) : '';
  return PAST.test(body) && !FUTURE_WEEKDAY.test(body);
}

// A finite past verb: an auxiliary of the past, or an -ed form not used as an adjective after "be".
const PAST_VERB = /\b(?:was|were|had|did|said|told|took|made|gave|came|went|met|began|left|held|sent|sold|bought|won|lost|fell|rose|paid|became|found|spent|built|struck)\b|(?<!\b(?:is|are|be|been|being|will|to|not)\s+)\b\w{3,}ed\b/i;

/**
 * Does the clause running up to a time report the past and look nowhere ahead ("filed a lawsuit on", not "was
 * scheduled to open on")? before: the sentence's text up to the time; its clause starts after the last comma,
 * semicolon or dash.
 */
export function pastReportBefore(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — ')) + 1);
  return PAST_VERB.test(clause) && !FUTURE_DATE.test(clause) && !FUTURE_WEEKDAY.test(clause);
}

/** The clause around the mention (between commas) reports the past and looks nowhere ahead. */
function reportsPast(det: Detection, loc: Located): boolean {
  const clause = clauseAround(det, loc);
  return PAST_VERB.test(clause) && !FUTURE_DATE.test(clause);
}

/** The text between the clause boundaries (comma, semicolon, dash) around a mention. */
function clauseAround(det: Detection, loc: Located): string {
  const s = det.sentences[loc.sentence];
  if (!s) return '';
  const before = det.text.slice(s.start, loc.c.start);
  const after = det.text.slice(loc.c.end, s.end);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  const next = after.search(/[,;]|\s[–—]\s/);
  return before.slice(cut + 1) + det.text.slice(loc.c.start, loc.c.end) + (next < 0 ? after : after.slice(0, next));
}

/**
 * The text after a deadline's date in the clause "by <date>" belongs to: a "By 12 June," that opens its clause governs
 * the clause after its comma; one inside a clause ("must be repaid by 12 June, a date …") ends at the next boundary.
 */
function deadlineClauseAfter(det: Detection, loc: Located): string {
  const s = det.sentences[loc.sentence];
  if (!s) return '';
  const before = det.text.slice(s.start, loc.c.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  let after = det.text.slice(loc.c.end, s.end);
  const comma = /^\s*,/.exec(after);
  if (comma && FRONTED_DEADLINE.test(before.slice(cut + 1))) after = after.slice(comma[0].length);
  const next = after.search(/[,;:]|\s[–—]\s/);
  return next < 0 ? after : after.slice(0, next);
}

function sentenceText(det: Detection, loc: Located): string {
  const s = det.sentences[loc.sentence];
  return s ? det.text.slice(s.start, s.end) : '';
}

function isFuture(det: Detection, loc: Located, cue: RegExp): boolean {
  const s = det.sentences[loc.sentence];
  return s !== undefined && cue.test(det.text.slice(s.start, s.end));
}

/** anchorWeekday: the weekday of a month-day anchor without a year, where the lede says it; the result keeps the year unknown. */
function weekday(c: WeekdayCandidate, det: Detection, loc: Located, a: CalDate | null, anchorWeekday?: number): TimeValue {
  const aw = a ? weekdayOf(a) ?? (a.d !== null ? anchorWeekday ?? null : null) : null;
  if (a === null || aw === null) return { iso: null, precision: 'weekday' };
  const back = (aw - c.weekday + 7) % 7;
  const ahead = (c.weekday - aw + 7) % 7;
  // the clause of the weekday decides ("was handed over on Thursday …, where he is due to appear next week"):
  // a cue before the weekday governs it ("were planning to drive … on Monday"); one after it only where no past verb precedes
  // ("issued a statement Friday saying entry will consolidate")
  const clause = clauseAround(det, loc);
  const before = clause.slice(0, clause.indexOf(det.text.slice(loc.c.start, loc.c.end)));
  const after = clause.slice(before.length);
  const pastBefore = PAST_VERB.test(before);
  const looksAhead = FUTURE_WEEKDAY.test(before) || (!pastBefore && FUTURE_WEEKDAY.test(after) && !PAST_VERB.test(after));
  // "Wednesday's ruling" names something already done
  const possessive = /^['’]s\b/.test(det.text.slice(loc.c.end, loc.c.end + 3));
  const future = c.modifier === 'next' || (c.modifier !== 'last' && looksAhead && !possessive);
  // the day after the document's is more often "tomorrow" than six days back (measured on TimeBank)
  const tomorrow = ahead === 1 && c.modifier === null && !possessive && !/\blast\b/i.test(clause);
  const days = c.modifier === 'last' ? -(back || 7) : c.modifier === 'next' ? ahead || 7 : future || tomorrow ? ahead : -back;
  // a year-less anchor whose shift crosses the end of February: the day hangs on the unknown year
  const shifted = addDaysKnown(a, days);
  return shifted ? valueOf(shifted) : { iso: null, precision: 'weekday' };
}
