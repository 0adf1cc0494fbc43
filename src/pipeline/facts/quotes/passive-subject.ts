// The subject of a passive cue is part of what is reported: "Reagan was once asked | how the war
// would end", "He was criticised | for his policies". PolNeAR marks it as the content's first
// piece; the role tagger, reading outward from the cue, often leaves it out. Taken from the
// parse: the cue verb's nsubj:pass subtree, before the cue in its sentence, free of the source.
import { QuoteState, type AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
/** "It was reported that …" (no referent), "… that was described as …" (a relative word). */
const NOT_REPORTED = new Set(['it', 'that', 'which', 'who', 'what']);

export function withPassiveSubject(v: AttributionTokens, cue: Range, source: Range | null, pieces: Range[]): Range[] {
  const sx = v.syntax;
  if (!sx || !pieces.length || pieces[0].from < cue.to) return pieces;
  const verb = cueVerb(v, cue);
  let subject = -1;
  for (let i = v.sentStart[v.tokens[cue.from].sentence]; i < cue.from; i++) if (sx.head[i] === verb && sx.deprel[i] === 'nsubj:pass') subject = i;
  // a passive verb by its own auxiliary, so a misparsed fronted phrase is not taken for a subject
  let passive = false;
  for (let i = subject + 1; i < verb; i++) if (sx.head[i] === verb && sx.deprel[i] === 'aux:pass') passive = true;
  if (subject < 0 || !passive || !NOMINAL.has(sx.upos[subject]) || NOT_REPORTED.has(v.low[subject])) return pieces;
  // "X was asked, “…”": a quotation is the content by itself
  if (v.quote[pieces[0].from] !== QuoteState.Outside) return pieces;
  const from = sx.left[subject];
  const to = sx.right[subject] + 1;
  if (to > cue.from || (source && source.from < to && from < source.to)) return pieces;
  return [{ from, to }, ...pieces];
}

/** The token of the cue whose head lies outside it (its verb), else its last token. */
function cueVerb(v: AttributionTokens, cue: Range): number {
  const sx = v.syntax!;
  for (let i = cue.from; i < cue.to; i++) if (sx.head[i] < cue.from || sx.head[i] >= cue.to) return i;
  return cue.to - 1;
}
