// A headline that gives its claim after a name and a colon ("Ayala: Port tax will cost jobs") is
// an attribution: the name its source, the colon its cue, the words after it its content. PolNeAR
// marks it so (on train, 70 of the 104 headlines of this shape; the rest are mostly labels the
// parse tags as verbs, adverbs or interjections: "Breaking:", "Revealed:", "Wow:"). The cue
// tagger, which meets a colon as a cue mostly in headlines, finds few of them. Where the caller
// knows the document's names (the pipeline), the label must be able to speak: BBC-style topic
// labels ("Brexit:", "Coronavirus:", "Analysis:") are capitalised nouns too.
import type { TokenRelation } from './attribute.js';
import type { SpeakerLabelTest } from './label-speakers.js';
import { QuoteState, type AttributionTokens } from './tokens.js';

/** The most words a headline's source may have before its colon. */
const MAX_SOURCE_TOKENS = 5;
/** Tags a source word may have: a name or a noun, with an adjective ("Former", "Democratic"). */
const SOURCE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'PUNCT']);

/** The attribution of the document's first paragraph (its headline) when it has that shape. */
export function headlineColon(v: AttributionTokens, canSpeak?: SpeakerLabelTest): TokenRelation | null {
  const sx = v.syntax;
  if (!sx || !v.tokens.length) return null;
  let end = 0;
  while (end < v.tokens.length && v.para[end] === v.para[0]) end++;
  let colon = -1;
  for (let i = 1; i <= MAX_SOURCE_TOKENS && i < end; i++) if (v.low[i] === ':') { colon = i; break; }
  if (colon < 0 || colon + 1 >= end) return null;
  for (let i = 0; i < colon; i++) {
    const first = v.tokens[i].text[0];
    if (!SOURCE_TAGS.has(sx.upos[i]) || v.quote[i] !== QuoteState.Outside) return null;
    if (sx.upos[i] !== 'PUNCT' && first.toUpperCase() === first.toLowerCase()) return null;
    if (sx.upos[i] !== 'PUNCT' && first !== first.toUpperCase()) return null;
  }
  if (sx.upos[colon - 1] !== 'PROPN' && sx.upos[colon - 1] !== 'NOUN') return null;
  if (canSpeak && !canSpeak(0, colon)) return null;
  // a count after the colon is a tally ("Smith: 1,204."), not a claim
  if (/^\d/.test(v.low[colon + 1])) return null;
  let to = end;
  if (v.low[to - 1] === '.' && v.quote[to - 1] === QuoteState.Outside) to--;
  if (to <= colon + 1) return null;
  return { cue: { from: colon, to: colon + 1 }, source: { from: 0, to: colon }, content: [{ from: colon + 1, to }] };
}
