// "“…,” Ann Lee read from a letter signed by Tom Reyes": one who reads a document out relays its
// words; whoever the article says issued the document speaks them.
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import { caseMarker, dependents, wordOfToken } from '../../syntax/query.js';
import { issuerAt } from '../../reference/issuer.js';
import { isDocumentNoun } from '../../reference/document-nouns.js';
import type { TokenRange } from '../../reference/phrase-tokens.js';

/** Verbs whose subject voices a document's words ("read from a letter", "read out a statement"). */
const READING_VERBS: ReadonlySet<string> = new Set(['read', 'recite']);
/** How far after the closing mark the verb of reading may stand ("…,” the widow quietly read from …"). */
const AFTER_QUOTE = 8;

/**
 * Token t is a verb of reading whose object, or "from" phrase, is a document the parse ties to an
 * issuer: that issuer's tokens, else null.
 */
export function readIssuerAt(ctx: DocumentContext, t: number): TokenRange | null {
  const syn = ctx.syntax;
  const v = syn ? wordOfToken(syn, t) : -1;
  if (v < 0 || syn!.words[v].upos !== 'VERB' || !READING_VERBS.has(syn!.words[v].lemma.toLowerCase())) return null;
  for (const d of dependents(syn!, v, 'obj', 'obl', 'obl:*')) {
    const word = syn!.words[d];
    if (word.upos !== 'NOUN' || !isDocumentNoun(word.lemma.toLowerCase())) continue;
    if (word.deprel !== 'obj' && caseMarker(syn!, d) !== 'from') continue;
    const issuer = issuerAt(ctx, word.token);
    if (issuer) return issuer;
  }
  return null;
}

/** A verb of reading a document with an issuer, a few words after the quotation in its sentence: that issuer's tokens, else null. */
export function issuerReadAfter(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  const s = ctx.toks[q.tokEnd]?.sentence;
  if (s === undefined) return null;
  for (let t = q.tokEnd; t < ctx.toks.length && t < q.tokEnd + AFTER_QUOTE && ctx.toks[t].sentence === s; t++) {
    if (ctx.quoteAt[t] >= 0) return null;
    const issuer = readIssuerAt(ctx, t);
    if (issuer) return issuer;
  }
  return null;
}
