// Stray pieces beside a content: the role tagger, reading outward from the cue, sometimes marks
// the cue's own active subject ("Critics called them …", "Protesters said that …") as a content
// piece beside the clause that is the content. By the parse such a piece is no part of what was
// said: the subject of the cue's verb is the one who says it. (A lone relative word before the
// content, "… which | were accompanied by …", is not dropped: PolNeAR dev keeps it about as
// often as not.)
// A passive subject stays ("He was criticised | for …": PolNeAR marks it as content), as does
// the subject of a verb whose content is an infinitive ("Melania appears | to have vanished").
import type { AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

/** A relative word as the cue's subject ("…, which he says he …") stands for what was said. */
const RELATIVE = new Set(['which', 'that', 'what']);

/** The content pieces without a piece that is the cue's active subject, when another piece is left. */
export function withoutStrayPieces(v: AttributionTokens, cue: Range, pieces: Range[]): Range[] {
  const sx = v.syntax;
  if (pieces.length < 2 || !sx) return pieces;
  const verb = cueVerb(v, cue);
  const stray = (p: Range): boolean => {
    const root = rootOf(v, p);
    if (root < 0 || sx.head[root] !== verb || sx.deprel[root] !== 'nsubj' || sx.upos[root] === 'PRON' && RELATIVE.has(v.low[root])) return false;
    // the rest must be the cue's clause, not an infinitive its subject is the subject of
    return !pieces.some((q) => q !== p && sx.deprel[rootOf(v, q)] === 'xcomp');
  };
  const kept = pieces.filter((p) => !stray(p));
  return kept.length ? kept : pieces;
}

/** The token of the cue whose head lies outside it (its verb), else its last token. */
export function cueVerb(v: AttributionTokens, cue: Range): number {
  const sx = v.syntax!;
  for (let i = cue.from; i < cue.to; i++) if (sx.head[i] < cue.from || sx.head[i] >= cue.to) return i;
  return cue.to - 1;
}

/** The one token of p whose subtree is exactly p (a constituent's head), else −1. */
export function rootOf(v: AttributionTokens, p: Range): number {
  const sx = v.syntax!;
  for (let i = p.from; i < p.to; i++) {
    if (sx.head[i] >= p.from && sx.head[i] < p.to) continue;
    return sx.left[i] === p.from && sx.right[i] === p.to - 1 ? i : -1;
  }
  return -1;
}
