// The key the document list orders titles and publishers by: folded alike in both stores, and
// compared in code (a list sorted with dates or outlets people set) as the stores compare it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSortKeys, sortKey } from '../../src/store/sort-key.js';

test('case and Latin, Greek and Cyrillic accents are folded; blank is no key', () => {
  assert.equal(sortKey('Çorlu Times'), 'corlu times');
  assert.equal(sortKey('ÉCOLE'), sortKey('école'));
  assert.equal(sortKey('Ὀδυσσεύς'), 'οδυσσευς');
  assert.equal(sortKey('Йошкар-Ола'), sortKey('йошкар-ола'));
  assert.equal(sortKey('ﬁeld notes'), 'field notes', 'a ligature read as its letters');
  assert.equal(sortKey('  '), null);
  assert.equal(sortKey(null), null);
});

test('the vowel signs of an Indic script are kept: different words stay apart', () => {
  assert.notEqual(sortKey('कमल'), sortKey('कमाल'));
});

test('keys compare in code-point order, none last', () => {
  const keys = ['zine', null, '\u{1d4b3}ook', 'apple', '\ufb00ig'];
  assert.deepEqual([...keys].sort(compareSortKeys), ['apple', 'zine', '\ufb00ig', '\u{1d4b3}ook', null]);
});
