// Placing the graph's labels so that none covers another: names first (below, above or beside
// their node), then the labels of event lines ("arrest", "extradition") along their line. A label with
// no free place is hidden; it shows on hover and on selection, every name is listed under the
// graph, and a line's events are in its evidence panel.
import type cytoscape from 'cytoscape';
import { boxDistance, overlap, segmentHitsBox, type Box, type Segment } from './graph-boxes.js';
import { leaderLine, leaderPlace } from './graph-leaders.js';
import { slidPlaces } from './graph-slides.js';

export { boxDistance, type Box } from './graph-boxes.js';

/** The sides a node's label can take, in the order tried: below (the default), above, beside, then at a corner. */
export const LABEL_SIDES = ['below', 'above', 'right', 'left', 'below-right', 'below-left', 'above-right', 'above-left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];
/** The class that puts a node's label on each side (below: none). */
const SIDE_CLASSES = LABEL_SIDES.filter((s) => s !== 'below').map((s) => `label-${s}`);
/** The class of a label set away from its node on a leader line (centred on the node, moved by its data's labelDx and labelDy). */
export const LEADER_CLASS = 'label-leader';
/** The class of a label slid sideways below or above its node (centred on the node, moved by its data's slide). */
export const SLID_CLASS = 'label-slid';
/** Every class that places a node's label somewhere other than below it. */
export const PLACE_CLASSES = [...SIDE_CLASSES, LEADER_CLASS, SLID_CLASS];

/** Where each side puts a label, as the offset of the label's edge that stays put (its left edge
 *  when right of the node, its top when below, its centre when centred) from the node's matching edge. */
type Anchors = Record<LabelSide, { x: number; y: number }>;

const centreOf = (b: Box) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });

/**
 * How each side places a label, measured once on one node (cytoscape pads and aligns a label beside
 * a node in its own way): every label is set in the same font, margins and padding, so the offsets
 * hold for every node at this zoom. Measuring each node on each side restyled the graph eight
 * times a node, most of a label pass. The node's label is left where it was.
 */
function sideAnchors(n: cytoscape.NodeSingular): Anchors {
  const classes = PLACE_CLASSES.filter((c) => n.hasClass(c));
  const anchors = Object.fromEntries(LABEL_SIDES.map((side) => {
    n.removeClass(PLACE_CLASSES.join(' '));
    if (side !== 'below') n.addClass(`label-${side}`);
    const body = n.renderedBoundingBox({ includeLabels: false, includeEdges: false }) as Box;
    const label = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) as Box;
    const [c, l] = [centreOf(body), centreOf(label)];
    const x = side.endsWith('right') ? label.x1 - body.x2 : side.endsWith('left') ? label.x2 - body.x1 : l.x - c.x;
    const y = side.startsWith('below') ? label.y1 - body.y2 : side.startsWith('above') ? label.y2 - body.y1 : l.y - c.y;
    return [side, { x, y }];
  })) as Anchors;
  n.removeClass(PLACE_CLASSES.join(' '));
  for (const c of classes) n.addClass(c);
  return anchors;
}

/** Where a node's label can go on each side, on screen, from its node and its label's size (read where it is drawn now). */
function labelPlaces(n: cytoscape.NodeSingular, anchors: Anchors): Record<LabelSide, Box> {
  const body = n.renderedBoundingBox({ includeLabels: false, includeEdges: false }) as Box;
  const label = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) as Box;
  const [w, hgt] = [label.x2 - label.x1, label.y2 - label.y1];
  const c = centreOf(body);
  const place = (side: LabelSide): Box => {
    const a = anchors[side];
    const x1 = side.endsWith('right') ? body.x2 + a.x : side.endsWith('left') ? body.x1 + a.x - w : c.x + a.x - w / 2;
    const y1 = side.startsWith('below') ? body.y2 + a.y : side.startsWith('above') ? body.y1 + a.y - hgt : c.y + a.y - hgt / 2;
    return { x1, y1, x2: x1 + w, y2: y1 + hgt };
  };
  return Object.fromEntries(LABEL_SIDES.map((side) => [side, place(side)])) as Record<LabelSide, Box>;
}

/** The least room, in screen pixels, between a name's label and another name's node: a label touching a node reads as that node's. */
export const OTHER_NODE_GAP = 6;
/** How much nearer its own node's centre than any other's a label must be (a label midway between two nodes names neither). */
const OWN_NODE_RATIO = 1.5;

/**
 * Whether a label at `label` reads as its own node's (`own`, that node's body) rather than another's
 * (`others`, the other nodes' bodies): no other node within OTHER_NODE_GAP of it, and its own node's
 * centre clearly nearer to it than any other node's centre.
 */
export function nearestOwn(label: Box, own: Box, others: Iterable<Box>): boolean {
  const toCentre = (b: Box) => boxDistance(label, { x1: (b.x1 + b.x2) / 2, x2: (b.x1 + b.x2) / 2, y1: (b.y1 + b.y2) / 2, y2: (b.y1 + b.y2) / 2 });
  const mine = toCentre(own);
  for (const o of others) if (boxDistance(label, o) < OTHER_NODE_GAP || toCentre(o) < mine * OWN_NODE_RATIO) return false;
  return true;
}

/** Room left between a name moved clear of the biggest label and a node in its way, in screen pixels. */
const CLEAR_GAP = 4;
/** Room left between the most mentioned name's label and a name moved clear of it: more than OTHER_NODE_GAP. */
const LABEL_CLEAR = OTHER_NODE_GAP + 2;

/**
 * Ringed by names on every side, the most mentioned name's label would cover one of them wherever it
 * went (the demo's European Union at 1280×800), and a label drawn over a node reads as that node's.
 * So the names its label would cover on its best side (the fewest) are moved just clear of it, each
 * the shortest way (down, up, right or left) that keeps it, with its label, inside the frame and off
 * every other name's node; a name no such way fits stays. Run after the layout is fitted, before the
 * label pass. Returns how many names moved.
 */
export function makeRoomForBiggestLabel(cy: cytoscape.Core): number {
  const biggest = cy.nodes().toArray().sort((a, b) => (b.data('mentions') as number) - (a.data('mentions') as number))[0];
  if (!biggest) return 0;
  const places = labelPlaces(biggest, sideAnchors(biggest));
  const others = cy.nodes().toArray().filter((n) => n.id() !== biggest.id());
  const body = (n: cytoscape.NodeSingular) => n.renderedBoundingBox({ includeLabels: false, includeEdges: false }) as Box;
  // a node within OTHER_NODE_GAP of the label counts as covered: the label would read as its
  const covered = (b: Box) => others.filter((n) => overlap(body(n), { x1: b.x1 - OTHER_NODE_GAP, y1: b.y1 - OTHER_NODE_GAP, x2: b.x2 + OTHER_NODE_GAP, y2: b.y2 + OTHER_NODE_GAP }));
  const sides = LABEL_SIDES;
  if (sides.some((w) => covered(places[w]).length === 0)) return 0;
  const side = sides.reduce((best, w) => (covered(places[w]).length < covered(places[best]).length ? w : best));
  const label = places[side];
  const [width, height] = [cy.width(), cy.height()];
  let moved = 0;
  for (const n of covered(label)) {
    const b = body(n);
    const whole = n.renderedBoundingBox({ includeLabels: true, includeEdges: false }) as Box;
    const shifts = [
      { dx: 0, dy: label.y2 + LABEL_CLEAR - b.y1 },
      { dx: 0, dy: label.y1 - LABEL_CLEAR - b.y2 },
      { dx: label.x2 + LABEL_CLEAR - b.x1, dy: 0 },
      { dx: label.x1 - LABEL_CLEAR - b.x2, dy: 0 },
    ];
    // every other node where it is now (the biggest, and names already moved, included)
    const s = freeShift(shifts, b, whole, { width, height }, cy.nodes().toArray().filter((o) => o.id() !== n.id()).map(body));
    if (!s) continue;
    const at = n.renderedPosition();
    n.renderedPosition({ x: at.x + s.dx, y: at.y + s.dy });
    moved++;
  }
  return moved;
}

/**
 * The shortest way, along one of `shifts` (each down, up, right or left, at least that far), that
 * keeps a node (its body `body`, with its label `whole`) inside a frame of this size and its body
 * off every one of `obstacles`: a way blocked by a node goes on just past it. Null when no way fits
 * (the node then stays where it is: under a label is better than out of the frame or over another name).
 */
export function freeShift(shifts: ReadonlyArray<{ dx: number; dy: number }>, body: Box, whole: Box, frame: { width: number; height: number }, obstacles: readonly Box[]): { dx: number; dy: number } | null {
  const shifted = (x: Box, s: { dx: number; dy: number }) => ({ x1: x.x1 + s.dx, x2: x.x2 + s.dx, y1: x.y1 + s.dy, y2: x.y2 + s.dy });
  // past each node in the way, in turn, until none is (each step moves the node further on)
  const onward = (s: { dx: number; dy: number }) => {
    for (let k = 0; k <= obstacles.length; k++) {
      const hit = obstacles.find((o) => overlap(shifted(body, s), o));
      if (!hit) return s;
      if (s.dy > 0) s = { dx: 0, dy: hit.y2 + CLEAR_GAP - body.y1 };
      else if (s.dy < 0) s = { dx: 0, dy: hit.y1 - CLEAR_GAP - body.y2 };
      else if (s.dx > 0) s = { dx: hit.x2 + CLEAR_GAP - body.x1, dy: 0 };
      else s = { dx: hit.x1 - CLEAR_GAP - body.x2, dy: 0 };
    }
    return s;
  };
  const fits = (s: { dx: number; dy: number }) => {
    const w = shifted(whole, s);
    return w.x1 >= 0 && w.y1 >= 0 && w.x2 <= frame.width && w.y2 <= frame.height && !obstacles.some((o) => overlap(shifted(body, s), o));
  };
  return shifts.map(onward).sort((p, q) => Math.abs(p.dx) + Math.abs(p.dy) - (Math.abs(q.dx) + Math.abs(q.dy))).find(fits) ?? null;
}

/** The gap between a node and a label beside it, in graph units (the style's text-margin-x). */
export const SIDE_MARGIN = 5;

/** How far along its line, from the middle, an event label may slide (a fraction of the line): the middle first. */
const ALONG_LINE = [0, -0.15, 0.15, -0.25, 0.25];
/** Room left between a label set beside its line and the line, in screen pixels. */
const BESIDE_GAP = 2;

/**
 * Where an event line's label can go, on screen, and the shift (in graph units) that puts it there:
 * on its line, at its middle first, then sliding towards either end; at each of these, on the line
 * or just beside it, on either side (a short line between two close names has no room on it).
 */
function edgeLabelPlaces(e: cytoscape.EdgeSingular, zoom: number): Array<{ box: Box; dx: number; dy: number }> {
  const label = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false });
  const [halfW, halfH] = [(label.x2 - label.x1) / 2, (label.y2 - label.y1) / 2];
  // The label sits at the line's middle (a curved line's too); sliding it along the straight line
  // between the two names keeps it on or beside a gently curved line.
  const mid = e.renderedMidpoint();
  const [s, t] = [e.source().renderedPosition(), e.target().renderedPosition()];
  const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  const [nx, ny] = [-(t.y - s.y) / length, (t.x - s.x) / length];
  // How far the label's centre must move across the line for the label to clear it.
  const clear = halfW * Math.abs(nx) + halfH * Math.abs(ny) + BESIDE_GAP;
  return ALONG_LINE.flatMap((f) => [0, clear, -clear].map((across) => {
    const [sx, sy] = [f * (t.x - s.x) + across * nx, f * (t.y - s.y) + across * ny];
    const [x, y] = [mid.x + sx, mid.y + sy];
    return { box: { x1: x - halfW, x2: x + halfW, y1: y - halfH, y2: y + halfH }, dx: sx / zoom, dy: sy / zoom };
  }));
}

/** Where a slid label's centre sits from its node's centre, in graph units (data on its node, for the style). */
export interface SlideData { dx: number; dy: number }

/** Where a leader's label sits and how big it is, in graph units (data on its node, for the style and for drawing the line). */
export interface LeaderData { dx: number; dy: number; width: number; height: number }

/**
 * Places each name's label below its node, or above, right or left of it when below it would cover
 * a label already placed or another name's node, going from the most mentioned name down (which
 * keeps its label even past the frame's edge, over the fewest other nodes where every side covers
 * one); then, for each name left without a place, its label below or above it slid sideways
 * (graph-slides.ts), else a little away on a leader line (graph-leaders.ts), where one fits; then each event line's label at the first place along its
 * line that covers no label placed, no node and no leader line. A label with no free place is
 * hidden (also one that would only cover another name's node: drawn over it, it reads as that
 * name's); a selected name or line always keeps its label. Labels scale with the zoom, so zooming
 * changes no collision: run again when the layout or the selection changes.
 * With `only` (ids of names and lines), only those labels are placed again: every other label stays
 * where it is drawn, a fixed obstacle (after a drag, labels far from it must not jump about).
 * Returns how many labels are hidden, in the whole graph.
 */
export function hideCollidingLabels(cy: cytoscape.Core, only?: ReadonlySet<string>): number {
  // A selected element first, then by weight.
  const order = <T extends cytoscape.SingularElementArgument>(weight: (x: T) => number) => (a: T, b: T) => (b.selected() ? 1 : 0) - (a.selected() ? 1 : 0) || weight(b) - weight(a);
  const mentions = (n: cytoscape.NodeSingular) => n.data('mentions') as number;
  const every = cy.nodes().toArray().sort(order(mentions));
  if (!every.length) return 0;
  const placed = (x: cytoscape.SingularElementArgument) => !only || only.has(x.id());
  const nodes = every.filter(placed);
  // Events between the most mentioned names are labelled first.
  const labelled = cy.edges().toArray().filter((e) => Boolean(e.data('label')));
  const edges = labelled.filter(placed).sort(order((e) => Math.min(mentions(e.source()), mentions(e.target()))));
  const [width, height, zoom] = [cy.width(), cy.height(), cy.zoom()];
  const inFrame = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= width && b.y2 <= height;
  const bodies = new Map(every.map((n) => [n.id(), n.renderedBoundingBox({ includeLabels: false, includeEdges: false }) as Box]));
  // Labels left where they are drawn are in the way of those placed again.
  const kept: Box[] = [...every, ...labelled].filter((x) => !placed(x) && !x.hasClass('label-hidden')).map(drawnLabel);
  const leaders: Segment[] = cy.nodes(`.${LEADER_CLASS}`).toArray().filter((n) => !placed(n)).map((n) => leaderOf(n, zoom));
  const freeOfLabels = (b: Box) => inFrame(b) && !kept.some((k) => overlap(k, b));
  const freeOfNodes = (b: Box, except?: string) => ![...bodies].some(([id, body]) => id !== except && overlap(body, b));
  // The most mentioned name keeps its label wherever one covers no other name (even past the frame's
  // edge): the graph's centre unnamed reads as a riddle.
  const biggest = cy.nodes().toArray().sort((a, b) => mentions(b) - mentions(a))[0];
  const sides = LABEL_SIDES;
  // Ringed by names on every side (the demo's European Union at 1280×800), the most mentioned name
  // still keeps a label: where it covers the fewest other nodes, since its centre unnamed is worse.
  const fewestCovered = (places: Record<(typeof sides)[number], Box>, id: string) => {
    const covered = (b: Box) => [...bodies].filter(([other, body]) => other !== id && overlap(body, b)).length;
    return sides.reduce((best, w) => (covered(places[w]) < covered(places[best]) ? w : best));
  };
  // A label nearer another name's node than its own reads as that name's: such a place is not free.
  const ownNearest = (b: Box, id: string) => nearestOwn(b, bodies.get(id)!, [...bodies].filter(([other]) => other !== id).map(([, body]) => body));
  const anchors = sideAnchors(every[0]!);
  const names = nodes.map((n) => {
    const places = labelPlaces(n, anchors);
    const where: LabelSide | 'hidden' = sides.find((w) => freeOfLabels(places[w]) && freeOfNodes(places[w], n.id()) && ownNearest(places[w], n.id()))
      ?? (n.selected() ? 'below' : n === biggest ? sides.find((w) => freeOfNodes(places[w], n.id()) && ownNearest(places[w], n.id())) ?? sides.find((w) => freeOfNodes(places[w], n.id())) ?? fewestCovered(places, n.id()) : 'hidden');
    if (where !== 'hidden') kept.push(places[where]);
    return { n, where, places };
  });
  // Names with no place next to their node, the most mentioned first: a label slid sideways, else on a leader line.
  const edgeLines = cy.edges().map((e) => ({ from: e.source().renderedPosition(), to: e.target().renderedPosition() }));
  const led = new Map<string, LeaderData>();
  const slid = new Map<string, SlideData>();
  for (const { n, where, places } of names) {
    if (where !== 'hidden') continue;
    const size = places.below;
    const slide = slidPlaces(places.below, places.above).find((b) => freeOfLabels(b) && freeOfNodes(b, n.id()) && ownNearest(b, n.id()) && !leaders.some((l) => segmentHitsBox(l, b)));
    if (slide) {
      kept.push(slide);
      const [at, own] = [centreOf(slide), centreOf(bodies.get(n.id())!)];
      slid.set(n.id(), { dx: (at.x - own.x) / zoom, dy: (at.y - own.y) / zoom });
      continue;
    }
    const others = [...bodies].filter(([id]) => id !== n.id()).map(([, body]) => body);
    const place = leaderPlace(bodies.get(n.id())!, { width: size.x2 - size.x1, height: size.y2 - size.y1 }, { frame: { width, height }, nodes: others, labels: kept, leaders, edges: edgeLines });
    if (!place) continue;
    kept.push(place.box);
    leaders.push(place.line);
    led.set(n.id(), { dx: place.dx / zoom, dy: place.dy / zoom, width: (size.x2 - size.x1) / zoom, height: (size.y2 - size.y1) / zoom });
  }
  const lines = edges.map((e) => {
    const places = edgeLabelPlaces(e, zoom);
    const choice = places.find((p) => freeOfLabels(p.box) && freeOfNodes(p.box) && !leaders.some((l) => segmentHitsBox(l, p.box))) ?? (e.selected() ? places[0] : undefined);
    if (choice) kept.push(choice.box);
    return { e, choice };
  });
  cy.batch(() => {
    for (const { n, where } of names) {
      const [leader, slide] = [led.get(n.id()), slid.get(n.id())];
      n.toggleClass('label-hidden', where === 'hidden' && !leader && !slide);
      n.toggleClass(LEADER_CLASS, Boolean(leader));
      n.toggleClass(SLID_CLASS, Boolean(slide));
      n.data({ leader: leader ?? null, slide: slide ?? null });
      for (const side of LABEL_SIDES) if (side !== 'below') n.toggleClass(`label-${side}`, where === side);
    }
    for (const { e, choice } of lines) {
      e.toggleClass('label-hidden', !choice);
      e.data({ labelDx: choice?.dx ?? 0, labelDy: choice?.dy ?? 0 });
    }
  });
  return cy.nodes('.label-hidden').length + cy.edges('.label-hidden').filter((e) => Boolean(e.data('label'))).length;
}

/** Where an element's label is drawn now, on screen (a line's own label only, not its names'). */
function drawnLabel(x: cytoscape.SingularElementArgument): Box {
  return x.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false }) as Box;
}

/**
 * The labels to place again once a name is let go after a drag: its own, its lines' (they moved with
 * it), and every drawn label it now collides with (over its node, within OTHER_NODE_GAP of it, or under
 * its label where it is drawn now). Every other label stays put.
 */
export function labelsDisturbedBy(cy: cytoscape.Core, moved: cytoscape.NodeSingular): Set<string> {
  const body = moved.renderedBoundingBox({ includeLabels: false, includeEdges: false }) as Box;
  const near: Box = { x1: body.x1 - OTHER_NODE_GAP, y1: body.y1 - OTHER_NODE_GAP, x2: body.x2 + OTHER_NODE_GAP, y2: body.y2 + OTHER_NODE_GAP };
  const own = moved.hasClass('label-hidden') ? null : drawnLabel(moved);
  const ids = new Set([moved.id(), ...moved.connectedEdges().map((e) => e.id())]);
  const drawn = [...cy.nodes().toArray(), ...cy.edges().toArray().filter((e) => Boolean(e.data('label')))].filter((x) => !ids.has(x.id()) && !x.hasClass('label-hidden'));
  for (const x of drawn) {
    const box = drawnLabel(x);
    if (overlap(box, near) || (own && overlap(box, own))) ids.add(x.id());
  }
  return ids;
}

/** The leader lines of the names labelled on one, on screen now (drawn over the graph after each render). */
export function leaderLines(cy: cytoscape.Core): Segment[] {
  const zoom = cy.zoom();
  return cy.nodes(`.${LEADER_CLASS}`).map((n) => leaderOf(n, zoom));
}

/** A name's leader line on screen now (its node must have one). */
function leaderOf(n: cytoscape.NodeSingular, zoom: number): Segment {
  const d = n.data('leader') as LeaderData;
  return leaderLine(n.renderedPosition(), n.renderedOuterWidth() / 2, { x: d.dx * zoom, y: d.dy * zoom }, { width: d.width * zoom, height: d.height * zoom });
}
