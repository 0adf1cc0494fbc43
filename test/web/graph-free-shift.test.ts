// A name moved clear of the most mentioned name's label goes the shortest way that keeps it inside
// the frame and off every other name's node; where no way does, it stays put (it was pushed out of
// the frame or onto a third name before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freeShift, type Box } from '../../src/web/lib/graph-labels.js';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
const frame = { width: 200, height: 100 };

test('the shortest shift that stays in the frame and off other nodes is taken', () => {
  const body = box(50, 40, 60, 50);
  const whole = box(45, 40, 65, 58);
  const shifts = [{ dx: 0, dy: 20 }, { dx: 0, dy: -30 }, { dx: 40, dy: 0 }];
  assert.deepEqual(freeShift(shifts, body, whole, frame, []), { dx: 0, dy: 20 });
  // a third name's node just below: down lands on it, up is next
  assert.deepEqual(freeShift(shifts, body, whole, frame, [box(48, 62, 62, 72)]), { dx: 0, dy: -30 });
});

test('a shift out of the frame is not taken', () => {
  const body = box(50, 80, 60, 90);
  const whole = box(45, 80, 65, 98);
  assert.deepEqual(freeShift([{ dx: 0, dy: 10 }, { dx: 30, dy: 0 }], body, whole, frame, []), { dx: 30, dy: 0 });
});

test('with no shift free, the node stays where it is', () => {
  const body = box(50, 80, 60, 90);
  const whole = box(45, 80, 65, 98);
  const shifts = [{ dx: 0, dy: 10 }, { dx: 0, dy: -40 }];
  assert.equal(freeShift(shifts, body, whole, frame, [box(40, 35, 70, 55)]), null);
});
