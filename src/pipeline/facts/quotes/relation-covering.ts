// Which attribution relation a quotation belongs to: the one whose content covers most of its
// tokens. Asked once or twice per quotation, of every relation of the document; an index of the
// relations by where their content lies answers from the few that reach the quotation.
import type { TokenRelation } from './attribute.js';
import { firstIndex } from '../../first-index.js';

interface CoverIndex {
  /** The relations' positions, by where their content starts. */
  order: number[];
  /** Per position in order: where that relation's content starts. */
  starts: number[];
  /** Per position in order: the furthest any content of order[0..k] reaches (so a walk back can stop). */
  reach: number[];
  /** Per relation: where its content ends (its last token + 1). */
  ends: number[];
}

const indexes = new WeakMap<readonly TokenRelation[], CoverIndex>();

function coverIndex(relations: readonly TokenRelation[]): CoverIndex {
  const known = indexes.get(relations);
  if (known && known.ends.length === relations.length) return known;
  const lo = relations.map((r) => (r.content.length ? Math.min(...r.content.map((c) => c.from)) : Infinity));
  const ends = relations.map((r) => (r.content.length ? Math.max(...r.content.map((c) => c.to)) : -Infinity));
  const order = relations.map((_, k) => k).sort((x, y) => lo[x] - lo[y] || x - y);
  const reach: number[] = [];
  for (const r of order) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, ends[r]));
  const index = { order, starts: order.map((r) => lo[r]), reach, ends };
  indexes.set(relations, index);
  return index;
}

/** The relation whose content covers most of tokens [a, b), when it covers at least half (the first such in the list on a tie). */
export function relationCovering(relations: readonly TokenRelation[], a: number, b: number): TokenRelation | null {
  const { order, starts, reach, ends } = coverIndex(relations);
  // the relations whose content starts before b …
  const lo = firstIndex(order.length, (k) => starts[k] >= b);
  // … and ends after a: no other shares a token with [a, b)
  const near: number[] = [];
  for (let k = lo - 1; k >= 0 && reach[k] > a; k--) if (ends[order[k]] > a) near.push(order[k]);
  near.sort((x, y) => x - y);
  let best: TokenRelation | null = null;
  let bestShared = 0;
  for (const k of near) {
    const r = relations[k];
    let shared = 0;
    for (const c of r.content) shared += Math.max(0, Math.min(b, c.to) - Math.max(a, c.from));
    if (shared > bestShared) {
      best = r;
      bestShared = shared;
    }
  }
  return bestShared * 2 >= b - a ? best : null;
}
