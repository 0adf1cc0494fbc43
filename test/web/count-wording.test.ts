// How an event's counts read inside a label (timeline rows, a place's events, event cards): a vague
// count in lower case with its bound in words ("dozens (at least 12) killed", not "Dozens (≥ 12)"
// mid-label), and a count the reports give differently with every value, said to differ, so that
// "at least 12 or 17 killed" cannot be read as "at least 12, or at least 17".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventConflict } from '../../src/server/api-types.js';
import { disputedCountText, formatCount } from '../../src/web/lib/format.js';
import { briefCountsText, disputedCounts } from '../../src/web/lib/ui.js';

test('a vague count reads in lower case, its bound in words', () => {
  // Before: "Dozens (≥ 12)".
  assert.equal(formatCount({ value: 12, qualifier: 'more_than', vagueWords: 'Dozens' }), 'dozens (at least 12)');
  assert.equal(formatCount({ value: 100, qualifier: 'at_least', vagueWords: 'Hundreds' }), 'hundreds (at least 100)');
  assert.equal(formatCount({ value: 20, qualifier: 'about', vagueWords: 'scores' }), 'scores (about 20)');
  assert.equal(formatCount({ value: 30, qualifier: 'about' }), 'about 30');
});

test('a disputed count gives every value and says that the reports differ', () => {
  // Before: "at least 12 or 17 killed".
  assert.equal(disputedCountText(['12', '17'], 'killed'), '12 or 17 killed (reports differ)');
  assert.equal(disputedCountText(['at least 12', '17'], 'killed'), 'at least 12 killed or 17 killed (reports differ)');
  assert.equal(disputedCountText(['4', '?'], 'injured', false), '4 or ? injured');
});

test('the brief counts of a timeline row put agreed counts first, then the disputed ones', () => {
  const text = briefCountsText({
    counts: { injured: { value: 30, qualifier: 'about' }, detained: { value: 9, qualifier: 'exact', vagueWords: 'Several' } },
    disputedCounts: { killed: [{ value: 5, qualifier: 'at_least' }, { value: 8, qualifier: 'exact' }] },
  });
  assert.equal(text, 'about 30 injured · several (9) detained · at least 5 killed or 8 killed (reports differ)');
});

test('an event page can name a disputed count without the note, to say it in its own words', () => {
  const conflict: EventConflict = { field: 'killed', values: [{ count: { value: 6, qualifier: 'exact' }, reports: ['a'] }, { count: { value: 9, qualifier: 'exact' }, reports: ['b'] }] } as EventConflict;
  assert.deepEqual(disputedCounts({ conflicts: [conflict] }, false), [{ field: 'killed', text: '6 or 9 killed' }]);
  assert.deepEqual(disputedCounts({ conflicts: [conflict] }), [{ field: 'killed', text: '6 or 9 killed (reports differ)' }]);
});
