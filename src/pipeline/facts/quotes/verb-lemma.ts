// The parse's lemma of a token read as a verb: speaker rules test a verb of speaking by its lemma,
// since WordNet's own suffix rules miss forms such as "testified" and "quipped".
import type { DocumentContext } from '../../context/document.js';
import { wordOfToken } from '../../syntax/query.js';

/** The parse's lemma of token t (lower case) when the parse reads it as a verb, else null. */
export function verbLemma(ctx: DocumentContext, t: number): string | null {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, t) : -1;
  return w >= 0 && syn!.words[w].upos === 'VERB' ? syn!.words[w].lemma.toLowerCase() : null;
}
