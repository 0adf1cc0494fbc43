// The tokens a character span covers, over tokens written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokensCovering } from '../../../src/pipeline/context/document.js';

// "Ferries left Oban early": tokens at 0, 8, 13, 18
const toks = [{ start: 0 }, { start: 8 }, { start: 13 }, { start: 18 }];

test('a span over whole words covers their tokens, [a, b)', () => {
  assert.deepEqual(tokensCovering(toks, { start: 8, end: 17 }), { a: 1, b: 3 });
  assert.deepEqual(tokensCovering(toks, { start: 0, end: 23 }), { a: 0, b: 4 });
});

test('a span starting inside a word begins at the next token; an empty span covers none', () => {
  assert.deepEqual(tokensCovering(toks, { start: 10, end: 17 }), { a: 2, b: 3 });
  assert.deepEqual(tokensCovering(toks, { start: 13, end: 13 }), { a: 2, b: 2 });
  assert.deepEqual(tokensCovering(toks, { start: 30, end: 40 }), { a: 4, b: 4 });
});
