// Background: a deed of violence the story recalls from a year before its own ("charged in three attacks, including
// the 1996 Olympic bombing" in a 1999 story; "the bombings which killed 224 people on Aug. 7, 1998" a year on). It is
// what the news rests on, not the news: kept and findable, but off the timeline. A deed the lead tells is the story's
// own, however old (a murder the story follows up), and other happenings recalled from earlier years (a stake sold, a
// leader arrested) are too often what the story is about to be set aside.
import type { EventType, Span } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { caseMarker, headOfSpan, wordOfToken } from '../../syntax/query.js';
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

/**
 * Deeds a story names to say who someone is ("the man who killed four people", "the slain teen's cousin", "the
 * three who voted against", "a photographer who met her in 1954"). Not a death: "Elian's mother, who died when their
 * boat sank" is often the story's own loss, told where it names her; nor a ruling ("the law lords have ruled against").
 */
const DESCRIBING_DEEDS = new Set<EventType>(['attack', 'killing', 'vote', 'meeting']);

/**
 * Does the parse tell the deed at trigger token `trigger` only to describe someone or something: in a relative clause
 * on a noun ("the gunman who killed the girl", "a murderer who killed a toddler"; a verb joined to one by "and" too,
 * "who shot and killed") or as a participle before a noun ("the slain teen")?
 */
export function describingDeed(ctx: DocumentContext, trigger: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  let w = wordOfToken(syn, trigger);
  if (w < 0) return false;
  if (syn.words[w].deprel === 'amod') return syn.words[syn.words[w].head]?.upos === 'NOUN';
  while (syn.words[w].deprel === 'conj' && syn.words[w].head >= 0 && syn.words[w].head < w) w = syn.words[w].head;
  return syn.words[w].deprel === 'acl:relcl';
}

/**
 * Is a deed of violence, a vote or a meeting (type `type`) told only in describing someone, never as news of its own (each
 * mention's trigger token and sentence in `mentions`), and never in the lead, background? The story names an earlier
 * killing to say who a man is; a killing it reports it tells in a clause of its own or in the lead.
 */
export function describedDeed(ctx: DocumentContext, type: EventType, mentions: ReadonlyArray<{ trigger: number; sent: number; clause: boolean }>): boolean {
  return DESCRIBING_DEEDS.has(type) && mentions.every((m) => m.clause && !leadSentence(ctx, m.sent) && describingDeed(ctx, m.trigger));
}
