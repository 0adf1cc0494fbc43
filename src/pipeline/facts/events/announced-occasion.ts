// "Candlelit vigils were held … A new vigil is planned for Sunday evening", "the hearing heard … A plea
// hearing will be held on 6 September": a happening announced as to come, introduced as a new one or with
// a date of its own, is another happening than the one already told as done. It never joins that one, and
// when the clause is about it (it is the clause's subject: "a separate march is scheduled") it is an event
// of its own, planned.
import type { DocumentContext } from '../../context/document.js';
import { wordOfToken } from '../../syntax/query.js';
import type { EventMention } from './mentions.js';

/** What this module reads of a mention joined into an event: the mention and its date. */
export interface DatedMention {
  m: EventMention;
  date: { iso: string | null } | null;
}

const DONE: ReadonlySet<EventMention['status']> = new Set(['asserted', 'alleged']);

/** A planned mention that names a happening of its own: introduced as new ("a new vigil", "another hearing") or dated. */
function ownOccasionToCome(r: DatedMention): boolean {
  return r.m.kind === 'noun' && r.m.status === 'planned' && (r.m.isNew || !!r.date?.iso);
}

/**
 * Is r a happening still to come that cannot be the one these reports tell as done? (Not the other way round: a
 * bid or a deal is told as planned from its first word, and "the changed offer" still speaks of it.)
 */
export function toComeBesideDone(r: DatedMention, items: readonly DatedMention[]): boolean {
  return ownOccasionToCome(r) && items.every((it) => DONE.has(it.m.status));
}

const SUBJECT_RELATIONS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass']);

/** "A separate protest is scheduled in western Athens": an occasion to come that its clause is about (one introduced as new starts an event even beside another to come). */
export function announcedOccasion(ctx: DocumentContext, r: DatedMention): boolean {
  const syn = ctx.syntax;
  if (!syn || !ownOccasionToCome(r) || ctx.headingSent[r.m.sent]) return false;
  const w = wordOfToken(syn, r.m.trigger);
  return w >= 0 && SUBJECT_RELATIONS.has(syn.words[w].deprel);
}
