// A label with no free place next to its node may slide sideways below or above it, its node's
// centre still under the label: nearest first, both ways, never so far that the label stops
// hanging from its node. Plain geometry, made-up boxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slidPlaces } from '../../src/web/lib/graph-slides.js';

// a label 60 wide and 16 high, below and above a node centred at x = 100
const below = { x1: 70, y1: 120, x2: 130, y2: 136 };
const above = { x1: 70, y1: 64, x2: 130, y2: 80 };

test('the nearest slides come first, right and left, below before above', () => {
  const places = slidPlaces(below, above);
  assert.deepEqual(places.slice(0, 4), [
    { x1: 74, y1: 120, x2: 134, y2: 136 },
    { x1: 66, y1: 120, x2: 126, y2: 136 },
    { x1: 74, y1: 64, x2: 134, y2: 80 },
    { x1: 66, y1: 64, x2: 126, y2: 80 },
  ]);
});

test('every slide keeps the label at its own height and its node\'s centre inside it, away from its ends', () => {
  const places = slidPlaces(below, above);
  assert.ok(places.length > 4);
  for (const p of places) {
    assert.ok(p.y1 === below.y1 || p.y1 === above.y1, 'below or above, as the node\'s own label');
    assert.equal(p.x2 - p.x1, 60, 'the label keeps its size');
    assert.ok(p.x1 <= 100 - 8 && p.x2 >= 100 + 8, `the node's centre stays under the label (${p.x1}–${p.x2})`);
  }
  const furthest = Math.max(...places.map((p) => Math.abs(p.x1 - below.x1)));
  assert.ok(furthest >= 20, 'it slides far enough to clear a neighbour on one side');
});

test('a label too short to slide has no slid places', () => {
  assert.deepEqual(slidPlaces({ x1: 95, y1: 120, x2: 105, y2: 136 }, { x1: 95, y1: 64, x2: 105, y2: 80 }), []);
});
