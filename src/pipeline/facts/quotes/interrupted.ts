// A reported clause interrupted by its own attribution: "The plan, the mayor said, will cost
// more." PolNeAR marks the words before the source as the content's first piece and the rest
// after the cue as the second; the role tagger, reading outward from the cue, marks only the
// second. When the sentence has exactly that shape (words, a comma, the source, the cue, a
// comma, the rest of the clause in the same sentence), the words before the source become the
// first piece. Not when those words are quoted, nor when the rest opens with a quotation mark:
// "After the vote, she said, “…”" has a circumstance before the source, not part of what was
// said (on PolNeAR train, allowing a quoted rest cost 13 exact contents; as shipped here the
// rule gains 48 on train and 10 on dev).
import { QuoteState, type AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

export function interruptedContent(v: AttributionTokens, cue: Range, source: Range | null, pieces: Range[]): Range[] {
  if (pieces.length !== 1 || !source) return pieces;
  const rest = pieces[0];
  const sentence = v.tokens[cue.from].sentence;
  const first = v.sentStart[sentence];
  if (source.to !== cue.from || rest.from !== cue.to + 1 || v.low[cue.to] !== ',') return pieces;
  if (v.tokens[rest.to - 1].sentence !== sentence || v.quote[rest.from] !== QuoteState.Outside) return pieces;
  const comma = source.from - 1;
  if (comma <= first || v.low[comma] !== ',') return pieces;
  let from = first;
  // a conjunction or stray mark opening the sentence links it to the previous one ("But …")
  while (from < comma && (isMark(v, from) || v.syntax?.upos[from] === 'CCONJ')) from++;
  if (from >= comma) return pieces;
  for (let i = from; i < comma; i++) if (v.quote[i] !== QuoteState.Outside) return pieces;
  return [{ from, to: comma }, rest];
}

function isMark(v: AttributionTokens, i: number): boolean {
  return !/[\p{L}\p{N}]/u.test(v.low[i]);
}
