import test from 'node:test';
import assert from 'node:assert/strict';
import { firstIndex } from '../../src/pipeline/first-index.js';

test('the first index where a sorted condition holds, the length where it never does', () => {
  const starts = [3, 3, 8, 12, 12, 12, 40];
  for (const x of [0, 3, 4, 8, 12, 13, 40, 41]) {
    const scanned = starts.findIndex((s) => s >= x);
    assert.equal(firstIndex(starts.length, (i) => starts[i] >= x), scanned < 0 ? starts.length : scanned, `at or after ${x}`);
  }
  assert.equal(firstIndex(0, () => true), 0, 'an empty sequence');
});
