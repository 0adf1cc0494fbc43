// A stretch of tokens [a, b) that a phrase covers: what the resolver reads a speaker or owner from.
import { firstTokenAtOrAfter, type FactsContext } from '../context/document.js';
import { nounPhraseSpan } from '../syntax/query.js';

export interface TokenRange {
  a: number;
  b: number;
}

/** Tokens of the noun phrase the parse heads with word w. */
export function phraseTokens(ctx: FactsContext, w: number): TokenRange | null {
  const span = nounPhraseSpan(ctx.syntax!, w);
  const a = firstTokenAtOrAfter(ctx.toks, span.start);
  let b = a;
  while (b < ctx.toks.length && ctx.toks[b].start < span.end) b++;
  return b > a ? { a, b } : null;
}
