// Boundary census of content spans for `eval attribution --details`: the predicted contents that
// overlap a gold content (the scorer's token-overlap match) without matching it exactly, each
// edge that moved classed by what lies between the two edges (a leading "that", a final period,
// a closing quotation mark, a whole other sentence …), and the pairs themselves to read.
import type { Span, Token } from '../types.js';
import type { AttributionRelation } from '../train/lib/polnear.js';
import type { SpanRelation } from '../pipeline/facts/quotes/attribute.js';
import { matchPairs, TokenIndex, trim, type Pieces } from '../train/lib/attribution-score.js';

export interface BoundaryPair {
  gold: string[];
  predicted: string[];
  start: string;
  end: string;
  /** How the pieces differ: gold discontinuous, a second content in the gold relation, predicted in pieces. */
  shape: string;
}

export interface BoundaryCensus {
  /** Edge classes: "start: pred adds that", "end: pred lacks .”" … */
  edges: Record<string, number>;
  shapes: Record<string, number>;
  pairs: BoundaryPair[];
}

/** Words named by themselves in the census (others are counted as "one word"). */
const NAMED_WORDS = new Set(['that', 'whether', 'if', 'to', 'and', 'but', 'as', 'because', 'how', 'what', 'why', 'when']);

/** What lies between two offsets of the same edge, as a class: marks by themselves, a named word, a sentence, a number of words. */
export function edgeClass(text: string, gold: number, pred: number, edge: 'start' | 'end'): string {
  if (gold === pred) return '';
  const wider = edge === 'start' ? pred < gold : pred > gold;
  const between = text.slice(Math.min(gold, pred), Math.max(gold, pred));
  const words = between.trim().split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  let what: string;
  if (!words.length) what = between.replace(/\s+/g, ' ').trim().replace(/["“”«»„]|''|``/g, 'Q') || 'space';
  else if (/[.?!]["”']?\s+["“]?\p{Lu}/u.test(between.trim()) || between.includes('\n')) what = 'sentence boundary';
  else if (words.length === 1) {
    const w = words[0].toLowerCase().replace(/[^\p{L}]/gu, '');
    what = NAMED_WORDS.has(w) ? `"${w}"${between.trim() === words[0] ? '' : ' + marks'}` : 'one word';
  } else what = words.length <= 3 ? '2-3 words' : words.length <= 9 ? '4-9 words' : '10+ words';
  return `${edge}: pred ${wider ? 'adds' : 'lacks'} ${what}`;
}

export class BoundaryCensusTaker {
  private readonly edges = new Map<string, number>();
  private readonly shapes = new Map<string, number>();
  private readonly pairs: BoundaryPair[] = [];

  add(text: string, tokens: Token[], gold: AttributionRelation[], predicted: SpanRelation[]): void {
    const idx = new TokenIndex(tokens);
    const gs: Array<{ pieces: Pieces; siblings: number }> = [];
    for (const r of gold) for (const c of r.contents) {
      const pieces = trim(text, c.pieces);
      if (pieces.length) gs.push({ pieces, siblings: r.contents.length });
    }
    const ps = predicted.map((p) => trim(text, p.content)).filter((p) => p.length > 0);
    for (const [i, j] of matchPairs(gs, ps, (g, p) => idx.overlap(g.pieces, p))) {
      const g = gs[i].pieces;
      const p = ps[j];
      if (g.length === p.length && g.every((x, k) => x.start === p[k].start && x.end === p[k].end)) continue;
      const start = edgeClass(text, g[0].start, p[0].start, 'start');
      const end = edgeClass(text, g[g.length - 1].end, p[p.length - 1].end, 'end');
      const shape = [g.length > 1 ? 'gold in pieces' : '', gs[i].siblings > 1 ? 'gold has Content2' : '', p.length > 1 ? 'pred in pieces' : ''].filter(Boolean).join(', ') || 'one piece each';
      for (const e of [start, end]) if (e) bump(this.edges, e);
      if (!start && !end) bump(this.edges, 'same extent, other pieces');
      bump(this.shapes, shape);
      const show = (xs: Span[]) => xs.map((x) => text.slice(x.start, x.end));
      this.pairs.push({ gold: show(g), predicted: show(p), start, end, shape });
    }
  }

  census(): BoundaryCensus {
    const obj = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
    return { edges: obj(this.edges), shapes: obj(this.shapes), pairs: this.pairs };
  }
}

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}
