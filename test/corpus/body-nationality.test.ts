// A body name read as a nationality and a body every country has: only a nationality is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyName } from '../../src/corpus/entities/body-countries.js';

test('a nationality before a body every country has is dropped from the body name', () => {
  assert.equal(bodyName('Turkish Interior Ministry')?.canonical, 'Interior Ministry');
});

test('another first word is part of the name, not a nationality', () => {
  for (const name of ['Metropolitan Police Service', 'Lord Resistance Army', 'Coastal Police Service']) {
    assert.notEqual(bodyName(name)?.canonical, name.split(' ').slice(1).join(' '), name);
  }
});
