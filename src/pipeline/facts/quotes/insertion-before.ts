// "Ann Lee, who ran the shop for years, told the court, “…”": a relative clause set off by commas
// between the speaker and the verb of speaking before a quotation. Where the parse gives that verb
// no subject (around a quotation it may hang the verb from the quoted clause), the name the clause
// describes is the speaker: the mirror of the insertion read after a quotation ("“…,” Ann Lee, who
// …, said").
import type { DocumentContext } from '../../context/document.js';
import { isPunct } from '../../context/phrases.js';
import type { TokenRange } from '../../reference/phrase-tokens.js';
import { npBackward } from '../attribution.js';

/** Pronouns that open a relative clause about the name before them. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);
/** How far back the clause's opening comma may lie. */
const MAX_CLAUSE = 24;

/**
 * The speaker phrase before a relative clause that ends with the comma right before the verb of
 * speaking at token v: its tokens, when the clause opens with a comma and "who" (or "whose") right
 * after a person's or organisation's name, holds no other mark and no quotation; else null.
 */
export function speakerBeforeInsertion(ctx: DocumentContext, v: number): TokenRange | null {
  const close = v - 1;
  if (close < 1 || ctx.low[close] !== ',') return null;
  const first = ctx.sentStart[ctx.toks[v].sentence];
  for (let j = close - 1; j > first && j >= close - MAX_CLAUSE; j--) {
    if (ctx.quoteAt[j] >= 0) return null;
    if (!isPunct(ctx.low[j])) continue;
    if (ctx.low[j] !== ',' || !RELATIVES.has(ctx.low[j + 1] ?? '')) return null;
    const m = ctx.mentions[ctx.mentionAt[j - 1] ?? -1];
    if (m?.type !== 'PER' && m?.type !== 'ORG') return null;
    const a = npBackward(ctx, j, first);
    return a < j ? { a, b: j } : null;
  }
  return null;
}
