// Wire copy abbreviates dollars as "dlrs" (as it writes "mln" and "stg"): such an amount is money in
// its currency, not a count of "dlrs". Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';

test('"dlrs" in wire copy is dollars, a country before it names which', () => {
  const { figures } = factsOf({ text: 'The shipping line said on Tuesday it would spend 40 mln dlrs on new vessels and sell its old ferry for 12 mln Canadian dlrs.' });
  const spend = figures.find((f) => f.text.startsWith('40 mln'));
  assert.deepEqual([spend?.value, spend?.unit], [40_000_000, 'USD'], JSON.stringify(figures));
  const sale = figures.find((f) => f.text.startsWith('12 mln'));
  assert.deepEqual([sale?.value, sale?.unit], [12_000_000, 'CAD'], JSON.stringify(figures));
});
