// "Shares added 2%", "the city added three routes": "add" with a noun for its object adds a thing,
// it says nothing. Said words come as a clause or a quotation ("added that …", "added: “…”"), so
// the parse tells the two apart where a word list cannot.
import type { FactsContext } from '../../context/document.js';
import { wordOfToken } from '../../syntax/query.js';

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'SYM']);

/**
 * The verb at token t is "add" with a nominal object outside quotation marks. Asked of the rule
 * frames only: the trained tagger's cues keep "she added a caveat: “…”", which PolNeAR marks as an
 * attribution (filtering its cues too cost two right cues on PolNeAR dev).
 */
export function addsAThingAt(ctx: FactsContext, t: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const w = wordOfToken(syn, t);
  if (w < 0 || syn.words[w].lemma !== 'add') return false;
  for (let k = w + 1; k < syn.words.length && k <= w + 12; k++) {
    const d = syn.words[k];
    if (d.head === w && d.deprel === 'obj' && NOMINAL.has(d.upos) && ctx.quoteAt[d.token] < 0) return true;
  }
  return false;
}
