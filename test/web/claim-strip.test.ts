// A claim's figures drawn on one scale (lib/claim-strip.ts): each as the values it allows, so that
// whether two bounds meet is seen. The scale's geometry, on made-up figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripScale, worthDrawing } from '../../src/web/lib/claim-strip.js';

test('an exact figure is a point, "at least" runs off the scale, on round ticks from 0', () => {
  const scale = stripScale([{ value: 12, qualifier: 'at_least' }, { value: 17, qualifier: 'exact' }]);
  assert.deepEqual(scale.ticks, [0, 10, 20, 30]);
  const [least, exact] = scale.marks;
  assert.deepEqual([least.from, least.to, least.open], [40, 100, true]);
  assert.equal(exact.from, exact.to);
  assert.ok(Math.abs(exact.at - (17 / 30) * 100) < 1e-9);
  // "at least 12" reaches 17: the two marks share a value
  assert.ok(least.from <= exact.at && exact.at <= least.to);
});

test('"about" spans a unit of its last digit either side, "up to" runs from 0', () => {
  const scale = stripScale([{ value: 1700, qualifier: 'about' }, { value: 2500, qualifier: 'up_to' }]);
  assert.deepEqual([scale.min, scale.max], [0, 3000]);
  const [about, upTo] = scale.marks;
  assert.deepEqual([about.from, about.to].map((x) => Math.round(x * 3000) / 100), [1600, 1800]);
  assert.deepEqual([upTo.from, upTo.to, upTo.open], [0, (2500 / 3000) * 100, false]);
});

test('a value below 0 moves the scale\'s start to a round step below it', () => {
  const scale = stripScale([{ value: -3.5, qualifier: 'exact' }, { value: 2, qualifier: 'exact' }]);
  assert.ok(scale.min <= -3.5 && scale.ticks[0] === scale.min && scale.ticks.at(-1) === scale.max);
  assert.ok(scale.marks.every((m) => m.at >= 0 && m.at <= 100));
});

test('only figures that differ are drawn', () => {
  assert.equal(worthDrawing([{ value: 5, qualifier: 'exact' }]), false);
  assert.equal(worthDrawing([{ value: 5, qualifier: 'exact' }, { value: 5, qualifier: 'exact' }]), false);
  assert.equal(worthDrawing([{ value: 5, qualifier: 'exact' }, { value: 5, qualifier: 'at_least' }]), true);
});
