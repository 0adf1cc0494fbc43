// "Senator Ann Lee (D-Ore.), who …, called the plan …": a party and state in brackets after a
// name belong to that name. A source the model reads inside such brackets ("Ore.") or as the
// relative pronoun after them ("who") is the person they follow, not the place.
import type { DocumentContext } from '../../context/document.js';
import type { TokenRange } from '../../reference/phrase-tokens.js';

/** How far the brackets may reach around the source (a party, a state, a district). */
const MAX_INSIDE = 12;
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/**
 * Tokens [from, to) lie inside brackets that open right after a person's name in the same
 * sentence, or are the relative pronoun right after such brackets: that name's tokens, else null.
 */
export function personBeforeBrackets(ctx: DocumentContext, from: number, to: number): TokenRange | null {
  if (from >= to || from >= ctx.toks.length) return null;
  // the model sometimes takes the closing bracket in
  if (to - from > 1 && ctx.low[to - 1] === ')') to--;
  for (let k = from; k < to; k++) if (ctx.low[k] === '(' || ctx.low[k] === ')') return null;
  const s = ctx.toks[from].sentence;
  const inSentence = (k: number) => k >= 0 && k < ctx.toks.length && ctx.toks[k].sentence === s;
  if (to - from === 1 && RELATIVES.has(ctx.low[from]) && ctx.low[from - 1] === ',' && ctx.low[from - 2] === ')') {
    const open = openingBracket(ctx, from - 2, s);
    return open < 0 ? null : nameEndingAt(ctx, open - 1);
  }
  let close = -1;
  for (let k = to; inSentence(k) && k <= to + MAX_INSIDE; k++) {
    if (ctx.low[k] === '(') return null;
    if (ctx.low[k] === ')') {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  const open = openingBracket(ctx, close, s);
  return open < 0 || open >= from ? null : nameEndingAt(ctx, open - 1);
}

/** The "(" that the ")" at token close closes, within a few tokens of sentence s, else -1. */
function openingBracket(ctx: DocumentContext, close: number, s: number): number {
  for (let k = close - 1; k >= 0 && k >= close - MAX_INSIDE && ctx.toks[k].sentence === s; k--) {
    if (ctx.low[k] === ')') return -1;
    if (ctx.low[k] === '(') return k;
  }
  return -1;
}

/** The tokens of the person's name that ends at token t, else null. */
function nameEndingAt(ctx: DocumentContext, t: number): TokenRange | null {
  const m = t >= 0 ? ctx.mentionAt[t] : -1;
  if (m < 0 || ctx.mentions[m].type !== 'PER') return null;
  let a = t;
  while (a > 0 && ctx.mentionAt[a - 1] === m) a--;
  return { a, b: t + 1 };
}
