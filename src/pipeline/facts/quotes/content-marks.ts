// A content does not end on a comma, semicolon, colon or dash outside quotation marks: PolNeAR's
// contents end on a word, a closing quotation mark or the sentence's own mark (94 of 19,889
// train contents end on a comma). The role tagger, running to the next clause, sometimes takes
// the mark that opens it. On PolNeAR train 9 exact contents gained and 1 lost; dev unchanged.
import { QuoteState, type AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

const MARKS = new Set([',', ';', ':', '—', '–', '-']);

export function withoutTrailingMarks(v: AttributionTokens, pieces: Range[]): Range[] {
  const last = pieces[pieces.length - 1];
  if (!last) return pieces;
  let to = last.to;
  while (to - 1 > last.from && MARKS.has(v.low[to - 1]) && v.quote[to - 1] === QuoteState.Outside) to--;
  return to === last.to ? pieces : [...pieces.slice(0, -1), { from: last.from, to }];
}
