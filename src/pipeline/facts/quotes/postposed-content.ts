// The content of an attribution that closes its sentence ("Crop yields fell sharply, the
// agency said.", "…, said a port official"): when the role tagger marked none, the words from
// the sentence's start to the comma before the attribution, as PolNeAR marks them. Only when
// nothing but circumstances follows the cue (no object or clause of its own after it, which
// would be what was said: "…, Lee said the plan would fail"), the words are unquoted (a
// quotation is the direct-quote tagger's), they hold no other cue (PolNeAR marks the outer
// attribution alone, so this one would be dropped as nested) and they are more than a word or
// two. Requiring the parse to tie a clause there to the cue (as its ccomp, or the cue as its
// parataxis) lost more right contents than wrong ones on PolNeAR dev and train.
import { QuoteState, type AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

/** Dependents after the cue that would be what was said, not how or when it was said. */
const SAID_RELATIONS = new Set(['obj', 'iobj', 'ccomp', 'xcomp', 'csubj']);
const MIN_WORDS = 3;

/** `cueMask`: 1 on every token of a cue the tagger found in the document. */
export function postposedContent(v: AttributionTokens, cue: Range, source: Range | null, pieces: Range[], cueMask: Uint8Array): Range[] {
  const sx = v.syntax;
  if (pieces.length || !sx) return pieces;
  const from = Math.min(cue.from, source?.from ?? cue.from);
  const to = Math.max(cue.to, source?.to ?? cue.to);
  const sentence = v.tokens[cue.from].sentence;
  const first = v.sentStart[sentence];
  const end = v.sentStart[sentence + 1];
  const comma = from - 1;
  if (comma - first < MIN_WORDS || v.low[comma] !== ',') return pieces;
  for (let i = first; i < comma; i++) if (v.quote[i] !== QuoteState.Outside || cueMask[i]) return pieces;
  const inCue = (h: number) => h >= cue.from && h < cue.to;
  for (let i = to; i < end; i++) if (inCue(sx.head[i]) && SAID_RELATIONS.has(sx.deprel[i])) return pieces;
  return [{ from: first, to: comma }];
}
