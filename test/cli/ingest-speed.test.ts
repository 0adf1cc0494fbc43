// The ingest summary's speed never rounds to "0 docs/s": one article analysed in 20 s on a busy
// machine (the models load first) read like a stall. Slower than one a second, it gives seconds per article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speedPart } from '../../src/cli/stoppable-ingest.js';

test('slower than an article a second: seconds per article, never 0 docs/s', () => {
  assert.equal(speedPart(1, 20.7), '20.7 s per article');
  assert.equal(speedPart(2, 14.3), '7.2 s per article');
});

test('an article a second or faster: docs/s, as before', () => {
  assert.equal(speedPart(10, 10), '1 docs/s');
  assert.equal(speedPart(834, 101.2), '8.2 docs/s');
  assert.equal(speedPart(3, 0), '3 docs/s');
});
