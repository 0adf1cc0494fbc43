// Scores predicted attribution relations against PolNeAR gold, per document. Per role (source,
// cue, content): exact span match, and token overlap (a predicted span matches a gold span of
// the same role when they share at least half of the union's tokens). A relation matches when
// all three roles overlap (a missing source matches a missing source). Each gold span and
// relation is matched at most once. The same figures again for contents that open with a
// quotation mark (direct quotes).
import type { Span, Token } from '../../types.js';
import type { AttributionRelation, AttributionRole, RoleSpan } from './polnear.js';

export interface PredictedRelation {
  source: Span | null;
  cue: Span;
  content: Span[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface AttributionFigures {
  exact: Record<AttributionRole, Prf>;
  overlap: Record<AttributionRole, Prf>;
  relation: Prf;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export type Pieces = Span[];

/** A quotation mark, or two apostrophes standing for one (see pipeline/context/quote-marks.ts). */
const QUOTE_OPENERS = /^(["“«„]|'')/;

export class AttributionScorer {
  private exact = tallies();
  private overlap = tallies();
  private relation: Tally = { tp: 0, fp: 0, fn: 0 };
  private qExact = tallies();
  private qOverlap = tallies();
  private qRelation: Tally = { tp: 0, fp: 0, fn: 0 };

  /** Adds one document: its text, tokens (for overlap) and the two sets of relations. */
  add(text: string, tokens: Token[], gold: AttributionRelation[], predicted: PredictedRelation[]): void {
    const g = gold.map((r) => ({
      source: r.source ? trim(text, r.source.pieces) : null,
      cue: r.cue ? trim(text, r.cue.pieces) : null,
      contents: r.contents.map((c: RoleSpan) => trim(text, c.pieces)).filter((c) => c.length > 0),
    }));
    const p = predicted.map((r) => ({ source: r.source ? trim(text, [r.source]) : null, cue: trim(text, [r.cue]), contents: [trim(text, r.content)] }));
    this.addNormalised(text, tokens, g, p);
  }

  /**
   * Adds one document scored as another annotator's relations against the gold: what a
   * system that wrote that annotation would score (annotator agreement on the same scale).
   */
  addAnnotation(text: string, tokens: Token[], gold: AttributionRelation[], other: AttributionRelation[]): void {
    const norm = (rels: AttributionRelation[]) => rels.map((r) => ({
      source: r.source ? trim(text, r.source.pieces) : null,
      cue: r.cue ? trim(text, r.cue.pieces) : null,
      contents: r.contents.map((c: RoleSpan) => trim(text, c.pieces)).filter((c) => c.length > 0),
    }));
    const p = norm(other).flatMap((r) => (r.cue && r.cue.length > 0 ? [{ ...r, cue: r.cue }] : []));
    this.addNormalised(text, tokens, norm(gold), p);
  }

  private addNormalised(
    text: string,
    tokens: Token[],
    g: Array<{ source: Pieces | null; cue: Pieces | null; contents: Pieces[] }>,
    p: Array<{ source: Pieces | null; cue: Pieces; contents: Pieces[] }>,
  ): void {
    const tokenSets = new TokenIndex(tokens);
    this.score(text, tokenSets, g, p, this.exact, this.overlap, this.relation);
    const quoted = (r: { contents: Pieces[] }) => r.contents.length > 0 && r.contents[0].length > 0 && QUOTE_OPENERS.test(text.slice(r.contents[0][0].start, r.contents[0][0].start + 2));
    this.score(text, tokenSets, g.filter(quoted), p.filter(quoted), this.qExact, this.qOverlap, this.qRelation);
  }

  private score(
    _text: string,
    idx: TokenIndex,
    gold: Array<{ source: Pieces | null; cue: Pieces | null; contents: Pieces[] }>,
    pred: Array<{ source: Pieces | null; cue: Pieces; contents: Pieces[] }>,
    exact: Record<AttributionRole, Tally>,
    overlap: Record<AttributionRole, Tally>,
    relation: Tally,
  ): void {
    const roleItems = <T>(rels: T[], pick: (r: T) => Array<Pieces | null>) => rels.flatMap((r) => pick(r).filter((x): x is Pieces => x !== null && x.length > 0));
    const roles: Array<[AttributionRole, (r: { source: Pieces | null; cue: Pieces | null; contents: Pieces[] }) => Array<Pieces | null>]> = [
      ['source', (r) => [r.source]],
      ['cue', (r) => [r.cue]],
      ['content', (r) => r.contents],
    ];
    for (const [role, pick] of roles) {
      const gs = roleItems(gold, pick);
      const ps = roleItems(pred, pick);
      add(exact[role], matchCount(gs, ps, (a, b) => (samePieces(a, b) ? 1 : 0)), gs.length, ps.length);
      add(overlap[role], matchCount(gs, ps, (a, b) => idx.overlap(a, b)), gs.length, ps.length);
    }
    const relScore = (gr: (typeof gold)[number], pr: (typeof pred)[number]) => {
      if (!gr.cue || idx.overlap(gr.cue, pr.cue) === 0) return 0;
      if ((gr.source === null) !== (pr.source === null)) return 0;
      if (gr.source && pr.source && idx.overlap(gr.source, pr.source) === 0) return 0;
      // a predicted relation has one content; an annotator's may have several
      const content = Math.max(0, ...gr.contents.flatMap((c) => (pr.contents.length ? pr.contents : [[]]).map((pc) => idx.overlap(c, pc))));
      return content;
    };
    add(relation, matchCount(gold, pred, relScore), gold.length, pred.length);
  }

  figures(): AttributionFigures & { quoted: AttributionFigures } {
    const fig = (e: Record<AttributionRole, Tally>, o: Record<AttributionRole, Tally>, r: Tally): AttributionFigures => ({
      exact: { source: prf(e.source), cue: prf(e.cue), content: prf(e.content) },
      overlap: { source: prf(o.source), cue: prf(o.cue), content: prf(o.content) },
      relation: prf(r),
    });
    return { ...fig(this.exact, this.overlap, this.relation), quoted: fig(this.qExact, this.qOverlap, this.qRelation) };
  }
}

function tallies(): Record<AttributionRole, Tally> {
  return { source: { tp: 0, fp: 0, fn: 0 }, cue: { tp: 0, fp: 0, fn: 0 }, content: { tp: 0, fp: 0, fn: 0 } };
}

function add(t: Tally, tp: number, gold: number, pred: number): void {
  t.tp += tp;
  t.fn += gold - tp;
  t.fp += pred - tp;
}

export function prf(t: Tally): Prf {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return { precision: r4(precision), recall: r4(recall), f1: r4(f1), ...t };
}

/** Pieces with surrounding whitespace cut off; empty pieces dropped. */
export function trim(text: string, pieces: Span[]): Pieces {
  const out: Pieces = [];
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

function samePieces(a: Pieces, b: Pieces): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  return true;
}

function matchCount<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number): number {
  return matchPairs(gold, pred, score).length;
}

/**
 * One-to-one matching: pairs with a positive score, best first; each gold and each predicted
 * item is used once. Returns the matched pairs as [gold index, predicted index].
 */
export function matchPairs<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < gold.length; i++) for (let j = 0; j < pred.length; j++) {
    const s = score(gold[i], pred[j]);
    if (s > 0) pairs.push([s, i, j]);
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Uint8Array(gold.length);
  const usedP = new Uint8Array(pred.length);
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (usedG[i] || usedP[j]) continue;
    usedG[i] = usedP[j] = 1;
    out.push([i, j]);
  }
  return out;
}

/** Token sets of spans, for the half-of-the-union overlap criterion. */
export class TokenIndex {
  constructor(private readonly tokens: Token[]) {}

  private range(pieces: Pieces): Set<number> {
    const set = new Set<number>();
    for (const p of pieces) {
      let i = this.first(p.start);
      for (; i < this.tokens.length && this.tokens[i].start < p.end; i++) if (this.tokens[i].end > p.start) set.add(i);
    }
    return set;
  }

  private first(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Shared tokens over the union when that is at least one half, else 0. */
  overlap(a: Pieces, b: Pieces): number {
    const x = this.range(a);
    const y = this.range(b);
    let shared = 0;
    for (const t of x) if (y.has(t)) shared++;
    const union = x.size + y.size - shared;
    if (union === 0 || shared * 2 < union) return 0;
    return shared / union;
  }
}
