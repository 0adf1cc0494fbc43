// Fitting the graph to its frame at first sight: how many names the frame has room for, the
// layout stretched to the frame's shape, and labels that would cover one another hidden (the more
// mentioned name keeps its label; a hidden one shows on hover and on selection, and every name is
// listed under the graph).
import type cytoscape from 'cytoscape';

/** Screen area one labelled name needs to be read (a label of ~110×20 px, its node, and the space around them). */
const AREA_PER_NAME = 16_000;
/** Fewer than this and the graph tells little; the frame's minimum height leaves room for them. */
const MIN_NAMES = 12;
/** Room left at the frame's edges, in screen pixels (labels hang below their node). */
export const FRAME_PADDING = 24;
/** A small graph is not blown up to fill a large frame: at most this factor over cose's spacing. */
const MAX_STRETCH = 2.5;

/** How many of the most mentioned names a frame of this size shows at first. */
export function namesForFrame(width: number, height: number, available: number): number {
  return Math.min(available, Math.max(MIN_NAMES, Math.floor((width * height) / AREA_PER_NAME)));
}

/**
 * Stretches the laid-out positions along each axis to the frame's shape (cose lays a graph out
 * roughly round; a phone's frame is tall, a desktop's wide), at zoom 1. Scaling each axis keeps
 * every name's neighbours where they were relative to it, so linked names stay near each other.
 */
export function stretchToFrame(cy: cytoscape.Core, width: number, height: number): void {
  const nodes = cy.nodes();
  if (nodes.length < 2) return;
  const box = nodes.boundingBox({ includeLabels: false });
  // Room for half a usual label on either side and a label's height; fitting it afterwards
  // zooms out a little where a longer label at the edge needs more.
  const [roomX, roomY] = [Math.max(40, width - 2 * FRAME_PADDING - 80), Math.max(40, height - 2 * FRAME_PADDING - 30)];
  const sx = box.w > 1 ? Math.min(MAX_STRETCH, roomX / box.w) : 1;
  const sy = box.h > 1 ? Math.min(MAX_STRETCH, roomY / box.h) : 1;
  const [cx, cyMid] = [box.x1 + box.w / 2, box.y1 + box.h / 2];
  nodes.positions((n) => {
    const p = n.position();
    return { x: cx + (p.x - cx) * sx, y: cyMid + (p.y - cyMid) * sy };
  });
}

interface Box { x1: number; y1: number; x2: number; y2: number }
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Where a node's label can go, on screen: below its node (the default) or above it. */
function labelPlaces(n: cytoscape.NodeSingular): { below: Box; above: Box } {
  const body = n.renderedBoundingBox({ includeLabels: false, includeEdges: false });
  const label = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const isAbove = n.hasClass('label-above');
  const gap = isAbove ? body.y1 - label.y2 : label.y1 - body.y2;
  const height = label.y2 - label.y1;
  return {
    below: { x1: label.x1, x2: label.x2, y1: body.y2 + gap, y2: body.y2 + gap + height },
    above: { x1: label.x1, x2: label.x2, y1: body.y1 - gap - height, y2: body.y1 - gap },
  };
}

/**
 * Places each label below its node, or above it when below it would cover a label already placed
 * or another name's node, going from the most mentioned name down; a label with no free place is
 * hidden (one that only covers a node is kept below). A selected name always keeps its label.
 * Labels scale with the zoom, so zooming changes no collision: run again when the layout or the
 * selection changes. Returns how many labels are hidden.
 */
export function hideCollidingLabels(cy: cytoscape.Core): number {
  const nodes = cy.nodes().toArray().sort((a, b) => (b.selected() ? 1 : 0) - (a.selected() ? 1 : 0) || (b.data('mentions') as number) - (a.data('mentions') as number));
  const [width, height] = [cy.width(), cy.height()];
  const inFrame = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= width && b.y2 <= height;
  const bodies = new Map(nodes.map((n) => [n.id(), n.renderedBoundingBox({ includeLabels: false, includeEdges: false }) as Box]));
  const kept: Box[] = [];
  const placed = nodes.map((n) => {
    const places = labelPlaces(n);
    const freeOfLabels = (b: Box) => inFrame(b) && !kept.some((k) => overlap(k, b));
    const freeOfNodes = (b: Box) => ![...bodies].some(([id, body]) => id !== n.id() && overlap(body, b));
    const choice = [places.below, places.above].find((b) => freeOfLabels(b) && freeOfNodes(b))
      ?? (freeOfLabels(places.below) || n.selected() ? places.below : undefined);
    if (choice) kept.push(choice);
    return { n, where: choice === undefined ? 'hidden' : choice === places.above ? 'above' : 'below' };
  });
  cy.batch(() => {
    for (const { n, where } of placed) {
      n.toggleClass('label-hidden', where === 'hidden');
      n.toggleClass('label-above', where === 'above');
    }
  });
  return placed.filter((p) => p.where === 'hidden').length;
}
