// The mean similarity of a set of documents, over each pair once. Names are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meanPairSimilarity } from '../../src/corpus/events/story-vectors.js';

test('the mean similarity counts each pair of documents once, and is 0 for fewer than two', () => {
  const table: Record<string, number> = { 'harbour|quay': 0.8, 'harbour|storm': 0.2, 'quay|storm': 0.5 };
  const seen: string[] = [];
  const similarity = (a: string, b: string) => {
    seen.push(`${a}|${b}`);
    return table[`${a}|${b}`];
  };
  assert.equal(meanPairSimilarity(['harbour', 'quay', 'storm'], similarity), 0.5);
  assert.deepEqual(seen, ['harbour|quay', 'harbour|storm', 'quay|storm']);
  assert.equal(meanPairSimilarity(['harbour'], similarity), 0);
  assert.equal(meanPairSimilarity([], similarity), 0);
});
