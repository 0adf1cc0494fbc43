// A running toll is an update only when every report's date can be ordered: an article dated
// without a year ("--05-02") may be earlier or later than the others, so differing tolls stay a dispute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relationOf } from '../../src/corpus/claims/relation.js';

const claim = (docId: string, value: number, published: string | null) => ({ docId, value, qualifier: 'exact' as const, published });

test('a toll from an article without a year is no update on one with a year', () => {
  // as text "--05-02" sorts before "2030-05-03", which read the lower toll as the earlier report
  assert.equal(relationOf([claim('tide', 6, '--05-02'), claim('bugle', 15, '2030-05-03')], 'killed'), 'contradictory');
});

test('tolls rising between dated articles are still an update', () => {
  assert.equal(relationOf([claim('tide', 6, '2030-05-02'), claim('bugle', 15, '2030-05-03')], 'killed'), 'update');
});
