// "Shares added 2%", "the city added three routes": "add" with a noun for its object adds a thing,
// it says nothing. Said words come as a clause or a quotation ("added that …", "added: “…”"), so
// the parse tells the two apart where a word list cannot.
import type { DocumentContext } from '../context/document.js';
import { wordOfToken } from '../syntax/query.js';

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'SYM']);

/**
 * The verb at token t is "add" with a nominal object outside quotation marks. Asked of the rule
 * frames; of the trained tagger's cues only where the object is what they say was said
 * (addsAThingRelation): the tagger keeps "she added a caveat: “…”", which PolNeAR marks as an
 * attribution (filtering its cues by the object alone cost two right cues on PolNeAR dev).
 */
export function addsAThingAt(ctx: DocumentContext, t: number): boolean {
  return addedObjectToken(ctx, t) >= 0;
}

/** The token of the nominal, unquoted object of "add" at token t, or -1. */
function addedObjectToken(ctx: DocumentContext, t: number): number {
  const syn = ctx.syntax;
  if (!syn) return -1;
  const w = wordOfToken(syn, t);
  if (w < 0 || syn.words[w].lemma !== 'add') return -1;
  for (let k = w + 1; k < syn.words.length && k <= w + 12; k++) {
    const d = syn.words[k];
    if (d.head === w && d.deprel === 'obj' && NOMINAL.has(d.upos) && ctx.quoteAt[d.token] < 0) return d.token;
  }
  return -1;
}

/**
 * A trained tagger's attribution whose "add" cue has for its content the thing added ("Lee added
 * 101 yards", "the index added 2%"): no one spoke, so its source is no speaker a later "he said"
 * looks back to. "She added a caveat: “…”" keeps its quotation for content and stays.
 */
export function addsAThingRelation(ctx: DocumentContext, r: { cue: { from: number; to: number }; content: ReadonlyArray<{ from: number; to: number }> }): boolean {
  const first = r.content[0];
  if (!first) return false;
  for (let t = r.cue.from; t < r.cue.to; t++) {
    const obj = addedObjectToken(ctx, t);
    if (obj >= first.from && obj < first.to) return true;
  }
  return false;
}
