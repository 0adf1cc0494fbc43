// A content never ends on a closing bracket it did not open, nor starts on an opening bracket
// it does not close: in "(the club later confirmed that the coach had resigned)" what was
// confirmed ends before the bracket, which the role tagger, running to the end of the clause,
// often takes too. On PolNeAR train 4 contents fixed and none lost, on dev 3.
import type { AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

const PAIRS: Record<string, string> = { ')': '(', ']': '[' };

/** The pieces with an unmatched bracket at the content's outer edges left out. */
export function withoutStrayBrackets(v: AttributionTokens, pieces: Range[]): Range[] {
  if (!pieces.length) return pieces;
  const out = pieces.map((p) => ({ ...p }));
  const last = out[out.length - 1];
  const close = v.low[last.to - 1];
  if (last.to - last.from > 1 && PAIRS[close] && !holds(v, out, PAIRS[close])) last.to--;
  const first = out[0];
  const open = v.low[first.from];
  const closer = Object.keys(PAIRS).find((k) => PAIRS[k] === open);
  if (first.to - first.from > 1 && closer && !holds(v, out, closer)) first.from++;
  return out;
}

function holds(v: AttributionTokens, pieces: Range[], mark: string): boolean {
  return pieces.some((p) => v.low.slice(p.from, p.to).includes(mark));
}
