// A transcript's turns: paragraphs that open with a speaker's name in capitals and a colon
// ("ROE: We will not raise taxes."). PolNeAR marks the colon as the cue, the name as the source
// and the rest of the paragraph as the content. Taken only where two or more paragraphs of the
// document open so, as a transcript's do: one capitalised label alone ("UPDATE:", "EMAIL:") is a
// note, not a turn. Single letters ("Q:", "A:") are left to the tagger: PolNeAR's annotators
// marked them in one interview and not in another. And only where some label opens two turns or
// more: a transcript repeats its speakers, a wire roundup's "GERMANY:", "FRANCE:" paragraphs (or an
// Indian dateline's "NEW DELHI:") name each place once, and their paragraphs hold real
// attributions of their own.
import type { TokenRelation } from './attribute.js';
import { QuoteState, type AttributionTokens } from './tokens.js';

/** The most words a speaker label may have ("JAKE TAPPER", "SEN. ROE"). */
const MAX_LABEL_TOKENS = 3;

export function transcriptTurns(v: AttributionTokens): TokenRelation[] {
  const turns: TokenRelation[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (i > 0 && v.para[i - 1] === v.para[i]) continue;
    // the first paragraph is the headline (see headline-colon.ts)
    if (v.para[i] === v.para[0]) continue;
    const turn = turnAt(v, i);
    if (turn) turns.push(turn);
  }
  const labels = turns.map((t) => (t.source ? v.low.slice(t.source.from, t.source.to).join(' ') : ''));
  return new Set(labels).size < labels.length ? turns : [];
}

function turnAt(v: AttributionTokens, start: number): TokenRelation | null {
  // a transcript quoted whole opens each turn with a quotation mark
  const from = v.quote[start] === QuoteState.Open ? start + 1 : start;
  let colon = -1;
  for (let i = from; i < v.tokens.length && i <= from + MAX_LABEL_TOKENS && v.para[i] === v.para[start]; i++) if (v.low[i] === ':') { colon = i; break; }
  if (colon <= from) return null;
  for (let i = from; i < colon; i++) if (!isCapitalsWord(v.tokens[i].text)) return null;
  let to = colon + 1;
  while (to < v.tokens.length && v.para[to] === v.para[start]) to++;
  if (to === colon + 1 || /^\d/.test(v.low[colon + 1])) return null;
  return { cue: { from: colon, to: colon + 1 }, source: { from, to: colon }, content: [{ from: colon + 1, to }] };
}

/** Two or more letters, all capitals (a final stop allowed: "SEN."). */
function isCapitalsWord(w: string): boolean {
  return /^\p{Lu}[\p{Lu}'’-]*\p{Lu}\.?$/u.test(w);
}
