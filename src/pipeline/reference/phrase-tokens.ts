// A stretch of tokens [a, b) that a phrase covers: what the resolver reads a speaker or owner from.
import { tokensCovering, type DocumentContext } from '../context/document.js';
import { nounPhraseSpan } from '../syntax/query.js';

export interface TokenRange {
  a: number;
  b: number;
}

/** Tokens of the noun phrase the parse heads with word w. */
export function phraseTokens(ctx: DocumentContext, w: number): TokenRange | null {
  const r = tokensCovering(ctx.toks, nounPhraseSpan(ctx.syntax!, w));
  return r.b > r.a ? r : null;
}
