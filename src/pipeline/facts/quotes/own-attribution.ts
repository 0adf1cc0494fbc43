// A quotation with its own attribution right after it ("“…,” Ann Lee said") may still lie inside a
// relation the model read off the sentence before (its content run on over the next quotation:
// "“…,” Tom Roe said. “…,” Ann Lee said." read as Roe's twice). The attribution in the quotation's
// own sentence says who spoke; the model's source and cue, both wholly before that sentence, belong
// to the quotation before.
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import type { TokenRelation } from './attribute.js';

/** The relation's source and cue both end before the sentence the quotation opens in. */
export function modelReadsEarlierSentence(ctx: DocumentContext, q: QuoteRegion, rel: TokenRelation | null): boolean {
  if (!rel?.source || q.tokStart >= ctx.toks.length) return false;
  const opens = ctx.sentStart[ctx.toks[q.tokStart].sentence];
  return rel.source.to <= opens && rel.cue.to <= opens;
}
