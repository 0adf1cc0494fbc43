// "That said, …" and "That being said, …" open a sentence as a concession, the way "however" does:
// nobody says anything in them, yet the cue tagger reads "said" as a cue and "That" as its source,
// and the rest of the sentence becomes what "That" said.
import type { AttributionTokens } from './tokens.js';

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this']);

/** Tokens [from, to) of a cue are the verb of a sentence-opening "That said," or "That being said,". */
export function isDiscourseMarker(v: AttributionTokens, cue: { from: number; to: number }): boolean {
  if (cue.to - cue.from !== 1 || v.low[cue.from] !== 'said' || v.low[cue.to] !== ',') return false;
  let i = cue.from - 1;
  if (v.low[i] === 'being') i--;
  if (i < 0 || !DEMONSTRATIVES.has(v.low[i])) return false;
  // at the start of its sentence (after an opening "But" or "And" too)
  const before = v.low[i - 1];
  return i === 0 || v.sentStart.includes(i) || ((before === 'but' || before === 'and') && v.sentStart.includes(i - 1));
}
