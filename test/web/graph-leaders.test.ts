// A name with no free place next to its node gets its label a little away on a leader line, where
// the label covers no other label or node and the line runs through neither and crosses no other
// leader; a label left with no such place stays hidden. Plain geometry, made-up boxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leaderLine, leaderPlace } from '../../src/web/lib/graph-leaders.js';
import { overlap, segmentHitsBox, segmentsCross, type Box } from '../../src/web/lib/graph-boxes.js';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
const frame = { width: 400, height: 300 };
const label = { width: 80, height: 18 };
// a node of radius 10 centred at (200, 150)
const node = box(190, 140, 210, 160);

test('with nothing in the way the label goes straight below, its line from the rim to its top edge', () => {
  const place = leaderPlace(node, label, { frame, nodes: [], labels: [], leaders: [] });
  assert.ok(place);
  assert.ok(place.box.y1 >= node.y2 + 10, 'at least the nearest gap below the node');
  assert.equal((place.box.x1 + place.box.x2) / 2, 200);
  assert.deepEqual(place.line.from, { x: 200, y: 160 });
  assert.equal(place.line.to.y, place.box.y1);
});

test('a place blocked below is given up for the nearest free one, clear of nodes, labels and leaders', () => {
  const nodes = [box(190, 175, 210, 195)];
  const labels = [box(215, 130, 330, 170)];
  const leaders = [{ from: { x: 100, y: 120 }, to: { x: 180, y: 120 } }];
  const place = leaderPlace(node, label, { frame, nodes, labels, leaders });
  assert.ok(place);
  for (const n of nodes) assert.ok(!overlap(n, place.box) && !segmentHitsBox(place.line, n));
  for (const l of labels) assert.ok(!overlap(l, place.box) && !segmentHitsBox(place.line, l));
  for (const l of leaders) assert.ok(!segmentsCross(place.line, l));
  assert.ok(place.box.x1 >= 0 && place.box.y1 >= 0 && place.box.x2 <= frame.width && place.box.y2 <= frame.height);
});

test('a line that would cross one of the graph\'s lines is taken only when no other is free at that gap', () => {
  const edges = [{ from: { x: 150, y: 175 }, to: { x: 250, y: 175 } }];
  const place = leaderPlace(node, label, { frame, nodes: [], labels: [], leaders: [], edges });
  assert.ok(place);
  assert.ok(!segmentsCross(place.line, edges[0]!), 'a free line is preferred');
});

test('boxed in on every side within reach, the label has no place', () => {
  const walls = [box(0, 0, 400, 125), box(0, 175, 400, 300), box(0, 0, 175, 300), box(225, 0, 400, 300)];
  assert.equal(leaderPlace(node, label, { frame, nodes: walls, labels: [], leaders: [] }), null);
});

test('the drawn line runs from the rim towards the label and stops at its edge', () => {
  const line = leaderLine({ x: 50, y: 50 }, 8, { x: 60, y: 0 }, { width: 40, height: 10 });
  assert.deepEqual(line, { from: { x: 58, y: 50 }, to: { x: 90, y: 50 } });
});
