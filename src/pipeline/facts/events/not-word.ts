// The negation "not" as news writes it: "not", "n't" with a straight or a curly apostrophe, and
// the "n't" a text that sets every token apart splits in three ("didn ’ t", "doesn ' t": ECB+
// writes its curly contractions so), where the lone "t" after the apostrophe is the negation.
import type { DocumentContext } from '../../context/document.js';
import { isApostrophe } from '../../segment/chars.js';

const NOT_FORMS = new Set(['not', "n't", 'n’t']);

/** Is token k a "not"? */
export function isNotWord(ctx: DocumentContext, k: number): boolean {
  const w = ctx.low[k];
  if (w === undefined) return false;
  if (NOT_FORMS.has(w)) return true;
  return w === 't' && splitContraction(ctx, k);
}

/** "didn ’ t": token k is the "t" after a lone apostrophe after a word ending in "n", one space apart each, in one sentence. */
function splitContraction(ctx: DocumentContext, k: number): boolean {
  if (k < 2) return false;
  const [verb, mark, t] = [ctx.toks[k - 2], ctx.toks[k - 1], ctx.toks[k]];
  if (verb.sentence !== t.sentence || mark.text.length !== 1 || !isApostrophe(mark.text.charCodeAt(0)) || !ctx.low[k - 2].endsWith('n')) return false;
  return ctx.text.slice(verb.end, mark.start) === ' ' && ctx.text.slice(mark.end, t.start) === ' ';
}
