// Boxes and segments on the graph's screen, in rendered pixels: what the label passes test
// their places against (graph-labels.ts, graph-leaders.ts).

export interface Box { x1: number; y1: number; x2: number; y2: number }
export interface Point { x: number; y: number }
export interface Segment { from: Point; to: Point }

export const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The distance between two boxes on screen (0 when they touch or overlap). */
export function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x1 - b.x2, b.x1 - a.x2);
  const dy = Math.max(0, a.y1 - b.y2, b.y1 - a.y2);
  return Math.hypot(dx, dy);
}

/** Whether a segment passes through a box (Liang–Barsky clipping: some part of it lies inside). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const [dx, dy] = [s.to.x - s.from.x, s.to.y - s.from.y];
  let [t0, t1] = [0, 1];
  const edges: Array<[number, number]> = [[-dx, s.from.x - b.x1], [dx, b.x2 - s.from.x], [-dy, s.from.y - b.y1], [dy, b.y2 - s.from.y]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether two segments cross (touching ends count as crossing). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const [d1, d2] = [side(a.from, a.to, b.from), side(a.from, a.to, b.to)];
  const [d3, d4] = [side(b.from, b.to, a.from), side(b.from, b.to, a.to)];
  if (d1 !== d2 && d3 !== d4) return true;
  // collinear and overlapping
  const within = (p: Point, s: Segment) => Math.min(s.from.x, s.to.x) <= p.x && p.x <= Math.max(s.from.x, s.to.x) && Math.min(s.from.y, s.to.y) <= p.y && p.y <= Math.max(s.from.y, s.to.y);
  return (d1 === 0 && within(b.from, a)) || (d2 === 0 && within(b.to, a)) || (d3 === 0 && within(a.from, b)) || (d4 === 0 && within(a.to, b));
}
