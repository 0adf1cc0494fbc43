// The feature keys must stay those the shipped models were trained with: each written-out
// feature hash equals MurmurHash3's mixing composed step by step (the form it was defined in).
import test from 'node:test';
import assert from 'node:assert/strict';
import { f1, f2, f3, f4 } from '../../../src/pipeline/syntax/hashing.js';
import { finalise } from '../../../src/pipeline/hash.js';

function combine(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
const seed = (t: number) => Math.imul(t + 0x3c6ef372, 0x9e3779b1);
const reference = (t: number, ...values: number[]) => finalise(values.reduce(combine, seed(t)));

test('feature hashes equal the step-by-step composition, for any template and values', () => {
  const values = [0, 1, -1, 7, 17, 18, 255, 0x7fffffff, -0x80000000, 123456789, -987654321];
  for (let t = 0; t < 100; t += 7) {
    for (const a of values) {
      assert.equal(f1(t, a), reference(t, a));
      for (const b of values) {
        assert.equal(f2(t, a, b), reference(t, a, b));
        assert.equal(f3(t, a, b, a ^ b), reference(t, a, b, a ^ b));
        assert.equal(f4(t, a, b, b - a, t), reference(t, a, b, b - a, t));
      }
    }
  }
  // a key is never 0, which marks an empty slot in the model's table
  assert.notEqual(f1(3, 5), 0);
});
