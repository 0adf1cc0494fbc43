import test from 'node:test';
import assert from 'node:assert/strict';
import { carve } from '../../src/pipeline/typed-block.js';

test('carve gives each named array its kind and length, zeroed, sharing no element with another', () => {
  const a = carve({ flags: ['uint8', 5], heads: ['int32', 7], bits: ['uint16', 3], signs: ['int8', 2], scores: ['float64', 4], weights: ['float32', 1] });
  assert.ok(a.flags instanceof Uint8Array && a.heads instanceof Int32Array && a.bits instanceof Uint16Array);
  assert.ok(a.signs instanceof Int8Array && a.scores instanceof Float64Array && a.weights instanceof Float32Array);
  assert.deepEqual([a.flags.length, a.heads.length, a.bits.length, a.signs.length, a.scores.length, a.weights.length], [5, 7, 3, 2, 4, 1]);
  const all = [a.flags, a.heads, a.bits, a.signs, a.scores, a.weights];
  for (const arr of all) assert.ok(arr.every((x) => x === 0));
  // filled one after another, every array still reads only its own value
  all.forEach((arr, k) => arr.fill(k + 1));
  all.forEach((arr, k) => assert.ok(arr.every((x) => x === k + 1), `array ${k}`));
  a.signs.fill(-1);
  assert.deepEqual([...a.signs], [-1, -1]);
  assert.ok(a.flags.every((x) => x === 1));
});

test('carve takes empty arrays and an empty layout', () => {
  const a = carve({ none: ['int32', 0], one: ['uint8', 1] });
  assert.equal(a.none.length, 0);
  assert.equal(a.one.length, 1);
  assert.deepEqual(carve({}), {});
});
