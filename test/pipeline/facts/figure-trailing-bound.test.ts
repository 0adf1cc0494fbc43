// A bound written after the number ("two plus years", "five or more people") stands between the
// number and its unit or counted noun: the unit and the noun are read after it, and the bound is kept.
// Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';

test('a unit after a trailing bound is read: "two plus years" is more than 2 years', () => {
  const { figures } = factsOf({ text: 'The tenants have waited four plus years for the repairs, a housing officer said.' });
  const years = figures.find((f) => f.value === 4);
  assert.deepEqual([years?.text, years?.unit, years?.qualifier], ['four plus years', 'year', 'more_than'], JSON.stringify(figures));
  assert.ok(!/plus/.test(years?.what ?? ''), 'the bound is not what the figure measures');
});

test('a counted noun after a trailing bound is read: "eight or more lorries" is at least 8 lorries', () => {
  const { figures } = factsOf({ text: 'Officials said eight or more lorries were stuck on the pass overnight.' });
  const lorries = figures.find((f) => f.value === 8);
  assert.deepEqual([lorries?.unit, lorries?.qualifier, lorries?.what], ['lorries', 'at_least', 'lorries'], JSON.stringify(figures));
});

test('a bound after the unit still ends the figure: "6 km or more"', () => {
  const { figures } = factsOf({ text: 'The hikers walked 6 km or more each morning.' });
  assert.deepEqual(figures.map((f) => [f.text, f.unit, f.qualifier]), [['6 km or more', 'km', 'at_least']]);
});
