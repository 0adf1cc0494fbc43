// A quotation someone was heard saying: "An earwitness heard a cop yell, “…”", "She heard someone
// say, “…”". The one who hears reports the words (and the model's source reports the hearer); the
// words are those of the one heard, the noun phrase between the verb of perceiving and the bare
// verb of speaking right before the quotation. The tagger often takes that bare verb for a noun
// ("a cop yell" as a compound), so the shape is read from the words: a verb of perceiving by the
// parse's lemma, then a noun phrase, then a word whose first WordNet verb sense is one of speaking.
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import type { TokenRange } from '../../reference/phrase-tokens.js';
import { isCommunicationVerb, isPerceptionVerb } from '../../senses/word-senses.js';
import { npBackward } from '../attribution.js';
import { verbLemma } from './verb-lemma.js';
import { QUOTE_OPENERS } from './opening-marks.js';

/** What may stand between the verb of speaking and the quotation: "yell, “…”", "shout out: “…”". */
const BETWEEN: ReadonlySet<string> = new Set([',', ':', 'out']);

/** The tokens of the one heard speaking the quotation, or null when the quotation follows no such shape. */
export function perceivedSpeaker(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  let t = q.tokStart - 1;
  while (t >= 0 && QUOTE_OPENERS.has(ctx.low[t])) t--;
  while (t >= 0 && BETWEEN.has(ctx.low[t])) t--;
  if (t < 1 || !isCommunicationVerb(ctx.low[t])) return null;
  const s = ctx.toks[t].sentence;
  const a = npBackward(ctx, t, ctx.sentStart[s]);
  if (a >= t || a < 1) return null;
  const perceiving = verbLemma(ctx, a - 1);
  return perceiving && isPerceptionVerb(perceiving) ? { a, b: t } : null;
}
