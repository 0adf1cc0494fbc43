// Attribution relations of one document: the cue tagger finds cues sentence by sentence, then
// the role tagger reads a window around each cue and marks that cue's source and content.
import type { Span } from '../../../types.js';
import { cueFeatures, roleFeatures, roleWindow, tokenHashes, type TokenHashes } from './features.js';
import { bioChunks } from './linear.js';
import type { AttributionModel } from './model.js';
import type { AttributionTokens } from './tokens.js';

/** Token ranges [from, to) of one predicted attribution. */
export interface TokenRelation {
  cue: { from: number; to: number };
  source: { from: number; to: number } | null;
  /** Pieces of the content in order (one unless something, e.g. an inserted "he said", interrupts it). */
  content: Array<{ from: number; to: number }>;
}

export interface SpanRelation {
  cue: Span;
  source: Span | null;
  content: Span[];
}

/** Cue token ranges of every sentence. */
export function tagCues(v: AttributionTokens, model: AttributionModel, h: TokenHashes = tokenHashes(v)): Array<{ from: number; to: number }> {
  const cues: Array<{ from: number; to: number }> = [];
  const tags = new Uint8Array(512);
  for (let s = 0; s + 1 < v.sentStart.length; s++) {
    const from = v.sentStart[s];
    const to = v.sentStart[s + 1];
    const f = cueFeatures(v, h, from, to);
    const out = to - from <= tags.length ? tags : new Uint8Array(to - from);
    model.cue.decode(f, to - from, out);
    for (const c of bioChunks(out, to - from)) cues.push({ from: from + c.from, to: from + c.to });
  }
  return cues;
}

export function cueMaskOf(n: number, cues: Array<{ from: number; to: number }>): Uint8Array {
  const mask = new Uint8Array(n);
  for (const c of cues) mask.fill(1, c.from, c.to);
  return mask;
}

/** Source and content of one cue. */
export function tagRoles(v: AttributionTokens, model: AttributionModel, h: TokenHashes, mask: Uint8Array, cue: { from: number; to: number }): TokenRelation {
  const win = roleWindow(v, cue.from);
  const f = roleFeatures(v, h, mask, cue.from, cue.to, win.from, win.to);
  const out = new Uint8Array(win.to - win.from);
  model.role.decode(f, out.length, out);
  let source: { from: number; to: number } | null = null;
  const content: Array<{ from: number; to: number }> = [];
  const distance = (c: { from: number; to: number }) => (c.to <= cue.from ? cue.from - c.to : c.from - cue.to);
  for (const c of bioChunks(out, out.length)) {
    const range = { from: win.from + c.from, to: win.from + c.to };
    if (c.role === 0) {
      // one source per cue: the chunk nearest to it
      if (!source || distance(range) < distance(source)) source = range;
    } else content.push(range);
  }
  return { cue, source, content };
}

export function findAttributions(v: AttributionTokens, model: AttributionModel): TokenRelation[] {
  const h = tokenHashes(v);
  const cues = tagCues(v, model, h);
  const mask = cueMaskOf(v.tokens.length, cues);
  const out: TokenRelation[] = [];
  for (const cue of cues) {
    const r = tagRoles(v, model, h, mask, cue);
    if (r.content.length > 0) out.push(r);
  }
  return out;
}

export function toSpans(v: AttributionTokens, r: TokenRelation): SpanRelation {
  const span = (x: { from: number; to: number }): Span => ({ start: v.tokens[x.from].start, end: v.tokens[x.to - 1].end });
  return { cue: span(r.cue), source: r.source ? span(r.source) : null, content: r.content.map(span) };
}
