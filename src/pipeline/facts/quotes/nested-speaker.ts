// A quotation inside a speech the relation reports: "A spokesman said the witness told detectives
// she could not see “from where I stood”", "She said her son called out “Help me”". The attribution
// model marks only the outer relation (PolNeAR annotates no cue under another), so its source is
// the one who reports; the words are those of the subject of the verb of speaking the parse ties the
// quotation to, inside the reported content.
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import type { TokenRange } from '../../reference/phrase-tokens.js';
import type { TokenRelation } from './attribute.js';
import { governingSpeechVerb, subjectOf } from './governing-verb.js';
import { wordOfToken } from '../../syntax/query.js';
import { SPEECH_VERBS } from '../../lexicons/attribution.js';
import { QUOTE_OPENERS } from './opening-marks.js';

/** The speaker phrase of a verb of speaking inside rel's content that governs the quotation, or null. */
export function nestedSpeaker(ctx: DocumentContext, q: QuoteRegion, rel: TokenRelation | null): TokenRange | null {
  if (!rel?.source || !ctx.syntax) return null;
  const participle = participleCueSpeaker(ctx, q, rel);
  if (participle) return participle;
  const verb = governingSpeechVerb(ctx, q);
  if (verb < 0) return null;
  const t = ctx.syntax.words[verb].token;
  // a verb of saying as written, not any verb with a first sense of communicating ("deliver a cure")
  if (!SPEECH_VERBS.has(ctx.low[t])) return null;
  if (rel.cue.from <= t && t < rel.cue.to) return null;
  if (!rel.content.some((p) => p.from <= t && t < p.to)) return null;
  return subjectOf(ctx, verb);
}

/** What may stand between a verb of speaking and the quotation it opens: "saying “…”", "shouting out: “…”". */
const BETWEEN: ReadonlySet<string> = new Set([',', ':', 'out', 'back']);

/** Token t is the verb right before the quotation, with only a particle, a comma or a colon between. */
function opensQuotation(ctx: DocumentContext, t: number, q: QuoteRegion): boolean {
  let k = q.tokStart - 1;
  while (k > t && (QUOTE_OPENERS.has(ctx.low[k]) || BETWEEN.has(ctx.low[k]))) k--;
  return k === t;
}

/**
 * "An officer told reporters that Ann Lee called 911, saying “…”": the model's cue is a participle
 * of speaking that opens the quotation, and the parse hangs it from a clause with a subject of its
 * own between the model's source and the cue; that subject speaks, not the source, who reports the call.
 */
function participleCueSpeaker(ctx: DocumentContext, q: QuoteRegion, rel: TokenRelation): TokenRange | null {
  const reported = reportingParticipleSpeaker(ctx, q, rel);
  if (reported) return reported;
  const t = rel.cue.from;
  if (rel.cue.to - t !== 1 || !ctx.low[t].endsWith('ing') || !opensQuotation(ctx, t, q)) return null;
  const w = wordOfToken(ctx.syntax!, t);
  const own = w >= 0 ? subjectOf(ctx, w) : null;
  return own && rel.source && own.a >= rel.source.to && own.b <= t ? own : null;
}

/**
 * "A said nothing when they came, B said, describing him as “…”": a participle set off right after a
 * verb of saying, between the model's cue and the quotation, goes on with that verb's attribution,
 * whose subject speaks (after the model's source: A's words are what B reports), wherever the parse
 * hangs the participle.
 */
function reportingParticipleSpeaker(ctx: DocumentContext, q: QuoteRegion, rel: TokenRelation): TokenRange | null {
  const s = ctx.toks[q.tokStart].sentence;
  for (let t = Math.max(rel.cue.from, 2); t < q.tokStart; t++) {
    const said = t - 2;
    if (!ctx.low[t].endsWith('ing') || ctx.low[t - 1] !== ',' || !SPEECH_VERBS.has(ctx.low[said]) || ctx.toks[said].sentence !== s) continue;
    const v = wordOfToken(ctx.syntax!, said);
    const speaker = v >= 0 ? subjectOf(ctx, v) : null;
    if (speaker && speaker.a >= rel.source!.to && speaker.b <= said) return speaker;
  }
  return null;
}
