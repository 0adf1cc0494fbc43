// A reported clause interrupted by its own attribution: "The plan, the mayor said, will cost
// more." PolNeAR marks the words before the source as the content's first piece and the rest
// after the cue as the second; the role tagger, reading outward from the cue, marks only the
// second. When the sentence has exactly that shape (words, a comma, the source, the cue, a
// comma, the rest of the clause in the same sentence), the words before the source become the
// first piece. Not when those words are quoted, nor when the rest opens with a quotation mark:
// "After the vote, she said, “…”" has a circumstance before the source, not part of what was
// said (on PolNeAR train, allowing a quoted rest cost 13 exact contents; as shipped here the
// rule gains 48 on train and 10 on dev). The cue may take its own words before the comma
// ("she told us on Monday", "pointed out") and the aside may open with "as", unless the words
// before the source are a lone subordinator ("If, as she says, …"): 5 more on train, 1 lost.
import { QuoteState, type AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

export function interruptedContent(v: AttributionTokens, cue: Range, source: Range | null, pieces: Range[]): Range[] {
  if (pieces.length !== 1 || !source) return pieces;
  const rest = pieces[0];
  const sentence = v.tokens[cue.from].sentence;
  const first = v.sentStart[sentence];
  if (source.to !== cue.from || rest.from !== closingComma(v, cue) + 1) return pieces;
  if (v.tokens[rest.to - 1].sentence !== sentence || v.quote[rest.from] !== QuoteState.Outside) return pieces;
  // "The harbour, as a pilot pointed out, rarely freezes": "as" may open the aside
  const comma = v.low[source.from - 1] === 'as' ? source.from - 2 : source.from - 1;
  if (comma <= first || v.low[comma] !== ',') return pieces;
  let from = first;
  // a conjunction or stray mark opening the sentence links it to the previous one ("But …")
  while (from < comma && (isMark(v, from) || v.syntax?.upos[from] === 'CCONJ')) from++;
  if (from >= comma) return pieces;
  for (let i = from; i < comma; i++) if (v.quote[i] !== QuoteState.Outside) return pieces;
  // "If, as X says, …": a lone subordinator opens the clause (an adverb, "Too often, …", is kept)
  if (v.syntax && v.syntax.upos.slice(from, comma).every((u) => u === 'SCONJ' || u === 'PUNCT')) return pieces;
  return [{ from, to: comma }, rest];
}

function isMark(v: AttributionTokens, i: number): boolean {
  return !/[\p{L}\p{N}]/u.test(v.low[i]);
}

/**
 * The comma that closes the attribution: right after the cue, or after words the parse hangs
 * from the cue ("…, he told me on Friday, is …", "…, as an adviser pointed out, …"); −1 if none.
 */
function closingComma(v: AttributionTokens, cue: Range): number {
  let k = cue.to;
  const sx = v.syntax;
  if (sx) {
    const inCue = (h: number) => h >= cue.from && h < cue.to;
    const under = (i: number) => {
      for (let h = sx.head[i], steps = 0; h >= 0 && steps < 8; h = sx.head[h], steps++) if (inCue(h)) return true;
      return false;
    };
    while (k < v.tokens.length && k - cue.to < 6 && v.low[k] !== ',' && under(k)) k++;
  }
  return v.low[k] === ',' ? k : -1;
}
