// A name left without a label once every place beside its node, a slide and a leader line were tried
// (a dense cluster at 1440×900 on the demo: Izmir's node on Ankara's, Tunisia ringed by the EU's
// neighbours) is moved a short way, to where its node and its label below it are clear of every
// other node and label: the layout's positions are approximate, and a name that cannot be read is
// worse than a node moved a little from where cose left it (its lines follow it). Pure geometry in rendered pixels; the
// graph view moves the nodes and places the labels again.
import type cytoscape from 'cytoscape';
import { overlap, segmentHitsBox, type Box, type Point, type Segment } from './graph-boxes.js';
import { leaderLines, nearestOwn, OTHER_NODE_GAP } from './graph-labels.js';
import { ORDER } from './graph-leaders.js';

/** How far a name may move, nearest first (screen pixels): a short move keeps it among its neighbours;
 *  the demo at 1440×900 needs the longest. */
const NUDGE_STEPS = [8, 16, 28, 42, 60, 84, 112, 144];

/** What a moved name must keep clear of, on screen. */
export interface NudgeObstacles {
  frame: { width: number; height: number };
  /** Other names' nodes, each kept OTHER_NODE_GAP away. */
  nodes: readonly Box[];
  /** Labels drawn (names' and event lines'). */
  labels: readonly Box[];
  /** Leader lines drawn. */
  leaders: readonly Segment[];
}

const shifted = (b: Box, d: Point): Box => ({ x1: b.x1 + d.x, x2: b.x2 + d.x, y1: b.y1 + d.y, y2: b.y2 + d.y });
const grown = (b: Box, by: number): Box => ({ x1: b.x1 - by, x2: b.x2 + by, y1: b.y1 - by, y2: b.y2 + by });

/** The shortest move of a node (`body`) with its label (`label`) after which both lie in the frame,
 *  clear of the other nodes and of every label and leader line, the label nearest its own node; null when none. */
export function nudge(body: Box, label: Box, around: NudgeObstacles): Point | null {
  const inFrame = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= around.frame.width && b.y2 <= around.frame.height;
  for (const step of NUDGE_STEPS) {
    for (const u of ORDER) {
      const d = { x: u.x * step, y: u.y * step };
      const [b, l] = [shifted(body, d), shifted(label, d)];
      if (!inFrame(b) || !inFrame(l)) continue;
      if (around.nodes.some((n) => overlap(grown(n, OTHER_NODE_GAP), b) || overlap(grown(n, OTHER_NODE_GAP), l))) continue;
      if (around.labels.some((x) => overlap(x, b) || overlap(x, l))) continue;
      if (around.leaders.some((s) => segmentHitsBox(s, b) || segmentHitsBox(s, l))) continue;
      if (!nearestOwn(l, b, around.nodes)) continue;
      return d;
    }
  }
  return null;
}

/**
 * Moves each name whose label is hidden (the most mentioned first) the shortest way to where its node
 * and its label below it fit; run after a label pass, then place the labels again. Returns how many moved.
 */
export function makeRoomForHiddenNames(cy: cytoscape.Core): number {
  const hidden = cy.nodes('.label-hidden').toArray().sort((a, b) => (b.data('mentions') as number) - (a.data('mentions') as number));
  if (!hidden.length) return 0;
  const bodyOf = (n: cytoscape.NodeSingular) => n.renderedBoundingBox({ includeLabels: false, includeEdges: false }) as Box;
  const labelOf = (x: cytoscape.SingularElementArgument) => x.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false }) as Box;
  const labels = [...cy.nodes().toArray(), ...cy.edges().toArray().filter((e) => Boolean(e.data('label')))].filter((x) => !x.hasClass('label-hidden')).map(labelOf);
  const leaders = leaderLines(cy);
  const frame = { width: cy.width(), height: cy.height() };
  let moved = 0;
  for (const n of hidden) {
    const body = bodyOf(n);
    // hidden, its label has no place class: cytoscape still sets it below its node
    const label = labelOf(n);
    const nodes = cy.nodes().toArray().filter((o) => o.id() !== n.id()).map(bodyOf);
    const d = nudge(body, label, { frame, nodes, labels, leaders });
    if (!d) continue;
    const at = n.renderedPosition();
    n.renderedPosition({ x: at.x + d.x, y: at.y + d.y });
    labels.push(shifted(label, d));
    moved++;
  }
  return moved;
}
