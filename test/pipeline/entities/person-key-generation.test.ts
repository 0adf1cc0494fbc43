// A generation suffix is no surname: "First Last Jr." keeps its surname whole, so two men who share
// a given name and a suffix keep apart. Names are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personKey } from '../../../src/pipeline/entities/resolve.js';

test('"First Last Jr." namesakes keep their surnames', () => {
  assert.notEqual(personKey('Harold Pennick Jr.'), personKey('Harold Pollard Jr.'));
  assert.notEqual(personKey('Dana Whitcombe III'), personKey('Dana Wheeler III'));
});

test('a middle name before the suffix still counts as its initial', () => {
  assert.equal(personKey('Harold Ames Pennick Jr.'), personKey('Harold A. Pennick Jr.'));
  assert.equal(personKey('Harold Ames Pennick'), personKey('Harold A. Pennick'));
});
