// "The plan, he says, is the latest mistake": an attribution set into the clause it reports. The
// words before it belong to what is said, as much as the words after it, so a person they name
// is not who "he" is (the model's content may hold only the words after the cue).
import type { DocumentContext } from '../../context/document.js';
import type { TokenRelation } from './attribute.js';

/** The clause's words before an inserted source and cue, within the sentence; none when the cue is not set in by commas. */
export function wordsBeforeInsertion(ctx: DocumentContext, r: TokenRelation): Array<{ from: number; to: number }> {
  if (!r.source || r.source.to > r.cue.from) return [];
  const comma = r.source.from - 1;
  const start = ctx.sentStart[ctx.toks[r.source.from].sentence];
  if (comma <= start || ctx.low[comma] !== ',' || ctx.low[r.cue.to] !== ',') return [];
  return [{ from: start, to: comma }];
}
