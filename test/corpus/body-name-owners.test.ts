// A ministry written after a country's name, or after the nationality of a state gone from the
// gazetteer, is the country's body all the same; a word that names no country is part of the name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyName } from '../../src/corpus/entities/body-countries.js';

test('a country name or a former state\'s nationality before a body qualifies it', () => {
  assert.equal(bodyName('Kenya Interior Ministry')?.canonical, 'Interior Ministry');
  assert.equal(bodyName('Peru Foreign Ministry')?.canonical, 'Foreign Ministry');
  assert.equal(bodyName('Soviet Defence Ministry')?.canonical, 'Defence Ministry');
  assert.equal(bodyName('Chilean Interior Ministry')?.canonical, 'Interior Ministry');
});

test('a word that is no country stays in the name', () => {
  assert.equal(bodyName('Metropolitan Police Service'), null);
});
