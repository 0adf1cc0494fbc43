// Error classes of predicted attributions against PolNeAR gold, for `eval attribution
// --details`: which cues are missed, found with other edges or invented, and for the cues found
// exactly, how their source and content differ (missing, extra, elsewhere, or which edge moved).
import type { Span } from '../types.js';
import type { AttributionRelation } from '../train/lib/polnear.js';
import type { SpanRelation } from '../pipeline/facts/quotes/attribute.js';
import type { AttributionTokens } from '../pipeline/facts/quotes/tokens.js';
import { cueKind } from './attribution-cue-kinds.js';

export interface AttributionDetails {
  cue: Record<string, number>;
  /** Over the cues found exactly. */
  source: Record<string, number>;
  content: Record<string, number>;
  /** Words of the missed cues (lower case), most frequent first. */
  missedCues: Array<[string, number]>;
  /** The missed cues by kind, from the parse (see attribution-cue-kinds.ts); empty without a view. */
  missedCueKinds: Record<string, number>;
}

export class AttributionDetailer {
  private readonly cue = new Map<string, number>();
  private readonly source = new Map<string, number>();
  private readonly content = new Map<string, number>();
  private readonly missed = new Map<string, number>();
  private readonly missedKinds = new Map<string, number>();

  /** view: the article's token view with its parse, when the missed cues are to be classed by kind. */
  add(text: string, gold: AttributionRelation[], predicted: SpanRelation[], view?: AttributionTokens): void {
    const preds = predicted.map((p) => ({ cue: trim(text, p.cue), source: p.source ? trim(text, p.source) : null, content: extent(text, p.content) }));
    const used = new Set<number>();
    for (const g of gold) {
      if (!g.cue) continue;
      const cue = extent(text, g.cue.pieces);
      if (!cue) continue;
      const exact = preds.findIndex((p, k) => !used.has(k) && same(p.cue, cue));
      if (exact < 0) {
        const near = preds.some((p) => overlaps(p.cue, cue));
        bump(this.cue, near ? 'found with other edges' : 'missed');
        if (!near) bump(this.missed, text.slice(cue.start, cue.end).toLowerCase().replace(/\s+/g, ' '));
        const tokens = !near && view ? tokensOf(view, cue) : null;
        if (view && tokens) bump(this.missedKinds, cueKind(view, tokens));
        continue;
      }
      used.add(exact);
      bump(this.cue, 'exact');
      const p = preds[exact];
      bump(this.source, compare(g.source ? extent(text, g.source.pieces) : null, p.source));
      bump(this.content, compare(g.contents.length ? extent(text, g.contents[0].pieces) : null, p.content));
    }
    for (const p of preds) if (!gold.some((g) => g.cue && overlaps(p.cue, extent(text, g.cue.pieces)))) bump(this.cue, 'invented');
  }

  details(): AttributionDetails {
    const obj = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
    return { cue: obj(this.cue), source: obj(this.source), content: obj(this.content), missedCues: [...this.missed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20), missedCueKinds: obj(this.missedKinds) };
  }
}

/** How a predicted span differs from the gold one: which edge moved, or missing, extra, elsewhere. */
export function compare(gold: Span | null, pred: Span | null): string {
  if (!gold && !pred) return 'none in either';
  if (!pred) return 'missing';
  if (!gold) return 'extra';
  if (same(gold, pred)) return 'exact';
  if (!overlaps(gold, pred)) return 'elsewhere';
  const edge = (d: number, early: string, late: string) => (d === 0 ? '' : d < 0 ? early : late);
  return [edge(pred.start - gold.start, 'starts early', 'starts late'), edge(pred.end - gold.end, 'ends early', 'ends late')].filter(Boolean).join(', ') || 'other pieces';
}

/** Tokens [from, to) of v that a span covers; null when none. */
function tokensOf(v: AttributionTokens, s: Span): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  v.tokens.forEach((t, i) => {
    if (t.start < s.end && t.end > s.start) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? null : { from, to };
}

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

function same(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

function overlaps(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

/** First to last piece, whitespace trimmed (as the scorer trims); null when empty. */
function extent(text: string, pieces: Span[]): Span | null {
  if (!pieces.length) return null;
  return trim(text, { start: pieces[0].start, end: pieces[pieces.length - 1].end });
}

function trim(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
