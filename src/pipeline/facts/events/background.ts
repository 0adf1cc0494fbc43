// Background: a deed of violence the story recalls from a year before its own ("charged in three attacks, including
// the 1996 Olympic bombing" in a 1999 story; "the bombings which killed 224 people on Aug. 7, 1998" a year on). It is
// what the news rests on, not the news: kept and findable, but off the timeline. A deed the lead tells is the story's
// own, however old (a murder the story follows up), and other happenings recalled from earlier years (a stake sold, a
// leader arrested) are too often what the story is about to be set aside.
import type { EventType, Span } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { caseMarker, headOfSpan } from '../../syntax/query.js';
import { leadSentence } from './lead-deed.js';

/** Deeds of violence, which follow-up stories recall as the cause of what they report. */
const RECALLED_DEEDS = new Set<EventType>(['attack', 'killing']);

/** Case words that make a time one end of a stretch ("shootings dating to 1994", "since 1993, three doctors have been murdered"): the deeds may run up to now. */
const STRETCH_ENDS = new Set(['since', 'to', 'from', 'until', 'till', 'through']);

/** The year an ISO date of any precision falls in ("1996", "1998-08-07"); null for others. */
function yearOf(iso: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(iso ?? '');
  return m ? Number(m[1]) : null;
}

/** Is a date (ISO, any precision) in a calendar year before the story's publication? */
export function earlierYear(ctx: DocumentContext, iso: string | null | undefined): boolean {
  const when = yearOf(iso);
  const now = yearOf(ctx.doc.meta.published.value);
  return when !== null && now !== null && when < now;
}

/** Does the parse make the time one end of a stretch ("dating to 1994")? */
function stretchEnd(ctx: DocumentContext, time: Span): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const head = headOfSpan(syn, time);
  return head !== null && STRETCH_ENDS.has(caseMarker(syn, head) ?? '');
}

/**
 * Is an event of type `type`, told as done, dated by `date` (its ISO value and the words that give it) and spoken of
 * in sentences `sentences`, background: a deed of violence of an earlier year that the lead does not tell?
 */
export function backgroundDeed(ctx: DocumentContext, type: EventType, date: (Span & { iso: string | null }) | null, sentences: readonly number[]): boolean {
  return RECALLED_DEEDS.has(type) && date !== null && earlierYear(ctx, date.iso) && !stretchEnd(ctx, date) && !sentences.some((s) => leadSentence(ctx, s));
}
