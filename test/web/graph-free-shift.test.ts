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

test('a way blocked by a node goes on just past it when that is still the shortest', () => {
  const body = box(50, 40, 60, 50);
  const whole = box(45, 40, 65, 58);
  // down 10 lands on a small node; just past it (to y 62, 4 clear of its bottom) is 22, shorter than up 40
  const got = freeShift([{ dx: 0, dy: 10 }, { dx: 0, dy: -40 }], body, whole, { width: 200, height: 200 }, [box(52, 52, 58, 58)]);
  assert.deepEqual(got, { dx: 0, dy: 22 });
});

test('a shift out of the frame is not taken', () => {
  const body = box(50, 80, 60, 90);
  const whole = box(45, 80, 65, 98);
  assert.deepEqual(freeShift([{ dx: 0, dy: 10 }, { dx: 30, dy: 0 }], body, whole, frame, []), { dx: 30, dy: 0 });
});

test('with no shift free, the node stays where it is', () => {
  const body = box(50, 80, 60, 90);
  const whole = box(45, 80, 65, 98);
  // down leaves the frame; up lands on a tall node, and past it leaves the frame too
  const shifts = [{ dx: 0, dy: 10 }, { dx: 0, dy: -40 }];
  assert.equal(freeShift(shifts, body, whole, frame, [box(40, 5, 70, 75)]), null);
});
