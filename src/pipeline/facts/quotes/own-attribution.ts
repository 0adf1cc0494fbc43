// A quotation with its own attribution right after it ("“…,” Ann Lee said") may still lie inside a
// relation the model read off the sentence before (its content run on over the next quotation:
// "“…,” Tom Roe said. “…,” Ann Lee said." read as Roe's twice). The attribution in the quotation's
// own sentence says who spoke; the model's source and cue, both wholly before that sentence, belong
// to the quotation before. So too where the model's cue before the quotation is no verb of saying
// ("Voters must see that “…,” she said": what voters must see is what she says).
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import type { TokenRelation } from './attribute.js';
import { SPEECH_VERBS } from '../../lexicons/attribution.js';
import { isCommunicationVerb } from '../../senses/word-senses.js';

/** The relation's source and cue both end before the sentence the quotation opens in. */
export function modelReadsEarlierSentence(ctx: DocumentContext, q: QuoteRegion, rel: TokenRelation | null): boolean {
  if (!rel?.source || q.tokStart >= ctx.toks.length) return false;
  const opens = ctx.sentStart[ctx.toks[q.tokStart].sentence];
  return rel.source.to <= opens && rel.cue.to <= opens;
}

/**
 * The relation's cue lies before the quotation and none of its words is a verb of saying (the
 * lexicon's, or one whose first WordNet sense is communication): a verb of thinking or seeing whose
 * subject the model took for the source ("must also understand", "hope").
 */
export function modelCueUnspoken(ctx: DocumentContext, q: QuoteRegion, rel: TokenRelation | null): boolean {
  if (!rel?.source || rel.cue.to > q.tokStart) return false;
  for (let t = rel.cue.from; t < rel.cue.to; t++) if (SPEECH_VERBS.has(ctx.low[t]) || isCommunicationVerb(ctx.low[t])) return false;
  return true;
}
