// A quotation that fills its line, then a dash and a name ("“We will rebuild.” ― Ana Ruiz", or
// the name on the next line, "- Ana Ruiz."): the credit line of a collected or listed quote. PolNeAR
// marks the dash as the cue, the name as the source and the quotation, marks and all, as the
// content; the cue tagger, which has few of them to learn from, misses most.
import type { TokenRelation } from './attribute.js';
import { QuoteState, type AttributionTokens } from './tokens.js';

const DASHES = new Set(['―', '—', '–', '-', '--']);
/** The most words a credited name may have (with initials and titles). */
const MAX_NAME_TOKENS = 6;

/** The relations of every dash credit in the document. */
export function dashCredits(v: AttributionTokens): TokenRelation[] {
  const out: TokenRelation[] = [];
  for (let d = 1; d + 1 < v.tokens.length; d++) {
    if (v.quote[d - 1] !== QuoteState.Close || v.quote[d] !== QuoteState.Outside || !DASHES.has(v.low[d])) continue;
    const close = d - 1;
    let open = close - 1;
    while (open >= 0 && v.quote[open] === QuoteState.Inside) open--;
    if (open < 0 || v.quote[open] !== QuoteState.Open) continue;
    // the quotation fills its line: nothing of the paragraph before it
    if (open > 0 && v.para[open - 1] === v.para[open]) continue;
    const name = creditedName(v, d + 1);
    if (!name) continue;
    out.push({ cue: { from: d, to: d + 1 }, source: name, content: [{ from: open, to: close + 1 }] });
  }
  return out;
}

/** The name that opens at `from` and runs to a comma or its line's end (no closing stop), when every word of it is capitalised. */
function creditedName(v: AttributionTokens, from: number): { from: number; to: number } | null {
  const para = v.para[from];
  let to = from;
  while (to < v.tokens.length && v.para[to] === para && v.low[to] !== ',') to++;
  if (v.low[to - 1] === '.' && to - 1 > from) to--;
  if (to - from > MAX_NAME_TOKENS) return null;
  for (let i = from; i < to; i++) {
    const first = v.tokens[i].text[0];
    const word = first.toUpperCase() !== first.toLowerCase();
    if (word ? first !== first.toUpperCase() : i === from || v.low[i] !== '.') return null;
  }
  return { from, to };
}
