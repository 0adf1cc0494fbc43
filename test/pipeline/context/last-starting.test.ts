// The item (token, sentence, paragraph) holding an offset, over starts written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastStartingAtOrBefore } from '../../../src/pipeline/context/document.js';

const items = [{ start: 0 }, { start: 8 }, { start: 13 }, { start: 18 }];

test('the last item starting at or before the offset holds it', () => {
  assert.equal(lastStartingAtOrBefore(items, 0), 0);
  assert.equal(lastStartingAtOrBefore(items, 12), 1);
  assert.equal(lastStartingAtOrBefore(items, 13), 2);
  assert.equal(lastStartingAtOrBefore(items, 99), 3);
});

test('before the first item, or with no items, it is 0', () => {
  assert.equal(lastStartingAtOrBefore([{ start: 5 }, { start: 9 }], 2), 0);
  assert.equal(lastStartingAtOrBefore([], 7), 0);
});
