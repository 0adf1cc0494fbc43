// A label slid sideways: a name whose label fits neither below, above, beside nor at a corner of its
// node may still fit below or above it pushed a little to one side, its node's centre still under
// the label, where it hangs from its node and reads as its name without a leader line (the demo's
// Mauritania at 1280×800, between Izmir, Nouakchott and the European Union). Pure geometry in
// rendered pixels; graph-labels.ts tests the places against the graph.
import type { Box } from './graph-boxes.js';

/** How far apart the places tried are, in screen pixels. */
const SLIDE_STEP = 4;
/** How far inside the label's end its node's centre stays at the furthest slide, in screen pixels. */
const END_INSET = 8;

/**
 * The places a label of its below and above places (`below`, `above`, each centred over its node)
 * can slide to, nearest first: at each step right and left, below before above; never so far that
 * its node's centre leaves the label's span (less END_INSET).
 */
export function slidPlaces(below: Box, above: Box): Box[] {
  const reach = (below.x2 - below.x1) / 2 - END_INSET;
  const out: Box[] = [];
  for (let step = SLIDE_STEP; step <= reach; step += SLIDE_STEP)
    for (const at of [below, above]) for (const dx of [step, -step]) out.push({ ...at, x1: at.x1 + dx, x2: at.x2 + dx });
  return out;
}
