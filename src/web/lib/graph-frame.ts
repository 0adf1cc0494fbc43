// Fitting the graph to its frame at first sight: how many names the frame has room for and the
// layout stretched to the frame's shape (graph-labels.ts then places the labels).
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
