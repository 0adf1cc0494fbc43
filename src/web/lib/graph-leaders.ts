// A label on a leader line: a name with no free place next to its node (below, above, beside, at a
// corner) has its label set a little away, on a thin line from its node, where the label covers no
// other label and no node and the line runs through neither; only a name with no such place is left
// unlabelled (its label still shows on hover and focus). Pure geometry in rendered pixels; the
// graph view draws the line.
import { boxDistance, overlap, segmentHitsBox, segmentsCross, type Box, type Point, type Segment } from './graph-boxes.js';

/** Gaps tried between a node and its label on a leader line, nearest first (screen pixels): a line too short to see reads as no line. */
const LEADER_GAPS = [10, 18, 28, 42, 60];
/** Directions tried at each gap: every 22.5°, from straight below (where labels usually hang) turning both ways. */
const DIRECTIONS = 16;
/** The least room between a leader's label and another name's node (as for a label beside its node). */
const NODE_CLEARANCE = 6;

/** Where a leader's label and line go, in rendered pixels. */
export interface LeaderPlace { box: Box; line: Segment; dx: number; dy: number }

/** What a leader must keep clear of: other names' nodes, labels already placed, leader lines already drawn, and the frame. */
export interface LeaderObstacles {
  frame: { width: number; height: number };
  nodes: readonly Box[];
  labels: readonly Box[];
  leaders: readonly Segment[];
  /** The graph's own lines: a leader crossing none is preferred (one that does reads as a fork in the line). */
  edges?: readonly Segment[];
}

/** Directions in the order tried: down, then alternately either way round towards up. */
function directions(): Point[] {
  const out: Point[] = [];
  for (let k = 0; k <= DIRECTIONS / 2; k++) {
    for (const sign of k === 0 || k === DIRECTIONS / 2 ? [1] : [1, -1]) {
      const a = Math.PI / 2 + (sign * k * 2 * Math.PI) / DIRECTIONS;
      out.push({ x: Math.cos(a), y: Math.sin(a) });
    }
  }
  return out;
}
/** Unit directions, every 22.5° from straight down, turning both ways (also where graph-nudge.ts moves a name). */
export const ORDER = directions();

/** The line from a node's rim (`centre`, `radius`) to the edge of its label (centred `offset` from the node's centre, of this size): drawn, and tested for what it crosses. */
export function leaderLine(centre: Point, radius: number, offset: Point, size: { width: number; height: number }): Segment {
  const length = Math.hypot(offset.x, offset.y) || 1;
  const u = { x: offset.x / length, y: offset.y / length };
  // the line ends where the ray back to the node leaves the label's box
  const exit = Math.min(u.x ? size.width / 2 / Math.abs(u.x) : Infinity, u.y ? size.height / 2 / Math.abs(u.y) : Infinity);
  return { from: { x: centre.x + u.x * radius, y: centre.y + u.y * radius }, to: { x: centre.x + offset.x - u.x * exit, y: centre.y + offset.y - u.y * exit } };
}

/**
 * The nearest place for a label of this size on a leader line from a round node (`body`, its
 * rendered box): the label's box in the frame, clear of every node by NODE_CLEARANCE and off every
 * label placed; the line (from the node's rim to the label's edge) through no other node or label
 * and across no other leader. Among the nearest gap's free places, one whose line crosses none of
 * the graph's lines is taken first. Null when none is free.
 */
export function leaderPlace(body: Box, size: { width: number; height: number }, around: LeaderObstacles): LeaderPlace | null {
  const centre = { x: (body.x1 + body.x2) / 2, y: (body.y1 + body.y2) / 2 };
  const radius = (body.x2 - body.x1) / 2;
  const [halfW, halfH] = [size.width / 2, size.height / 2];
  const inFrame = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= around.frame.width && b.y2 <= around.frame.height;
  for (const gap of LEADER_GAPS) {
    let crossing: LeaderPlace | null = null;
    for (const u of ORDER) {
      // the label's centre far enough along u that its nearest edge is `gap` beyond the rim
      const reach = radius + gap + halfW * Math.abs(u.x) + halfH * Math.abs(u.y);
      const [dx, dy] = [u.x * reach, u.y * reach];
      const box = { x1: centre.x + dx - halfW, x2: centre.x + dx + halfW, y1: centre.y + dy - halfH, y2: centre.y + dy + halfH };
      if (!inFrame(box) || around.labels.some((l) => overlap(l, box)) || around.nodes.some((n) => boxDistance(n, box) < NODE_CLEARANCE)) continue;
      const line = leaderLine(centre, radius, { x: dx, y: dy }, size);
      if (around.nodes.some((n) => segmentHitsBox(line, n)) || around.labels.some((l) => segmentHitsBox(line, l)) || around.leaders.some((s) => segmentsCross(line, s))) continue;
      const place = { box, line, dx, dy };
      if (!around.edges?.some((e) => segmentsCross(line, e))) return place;
      crossing ??= place;
    }
    if (crossing) return crossing;
  }
  return null;
}
