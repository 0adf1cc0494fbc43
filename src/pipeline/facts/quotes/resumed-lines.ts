// Text written a sentence a line (sentence-lines.ts) breaks a writer's paragraph at each sentence:
// "“A . ¶ B . ¶ “C . ”" is a paragraph "“A. B." whose quotation runs on, then a new paragraph of
// the same quotation reopened with its mark (the AP convention). The lines between carry no mark of
// their own, so the quotation regions end at the first line and start again at the third; read as
// two quotations, the second had no speaker. Lines between that name a person are left alone: they
// are likelier narration around a quotation left unclosed ("“A . ¶ Ann Lee called for … ¶ “C . ”"),
// unless one of them speaks in the first person ("“A . ¶ We met Ann in May . ¶ “C . ”"), as
// narration in a news report does not.
import { lastStartingAtOrBefore, type DocumentContext, type QuoteRegion } from '../../context/document.js';

/** At most this many unmarked lines between the two parts. */
const MAX_LINES_BETWEEN = 3;

/** Quotation marks a region opens or closes with. */
const MARKS = /["“”«»„]|''|``/;

/**
 * Region q reopens the quotation of region prev (the one right before it) in text written a sentence
 * a line: prev ran to the end of its line without a closing mark, one to three lines follow with no
 * mark and no person named, and q's mark opens its own line.
 */
export function resumesAfterLines(ctx: DocumentContext, prev: QuoteRegion, q: QuoteRegion): boolean {
  if (q.continues || MARKS.test(ctx.text.slice(prev.close, prev.close + 2))) return false;
  const paras = ctx.doc.paragraphs;
  if (!paras.length) return false;
  const prevPara = lastStartingAtOrBefore(paras, prev.open);
  const qPara = lastStartingAtOrBefore(paras, q.open);
  const between = qPara - prevPara - 1;
  if (between < 1 || between > MAX_LINES_BETWEEN) return false;
  // prev ran to its line's end: only spaces after where it stops
  if (ctx.text.slice(prev.close, paras[prevPara].end).trim() !== '') return false;
  if (ctx.text.slice(paras[qPara].start, q.open).trim() !== '') return false;
  const from = paras[prevPara + 1].start;
  const to = paras[qPara - 1].end;
  if (MARKS.test(ctx.text.slice(from, to))) return false;
  return !ctx.mentions.some((m) => m.type === 'PER' && m.start >= from && m.end <= to) || FIRST_PERSON.test(ctx.text.slice(from, to));
}

/** A first-person pronoun: the voice of a quotation, not of the report around it. */
const FIRST_PERSON = /\b(?:I|me|my|we|We|us|our|Our)\b/;
