// Wire copy's earnings tables set a figure against the prior period's with "vs" ("Net 4.2 mln dlrs vs
// 3.7 mln"): "vs" ends the figure, and the other side measures the same thing in the same unit. Its
// "cts" are cents of the dollar the text names. Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';

test('"vs" ends a figure; the other side has its unit', () => {
  const { figures } = factsOf({ text: 'Oper revs 8.6 mln dlrs vs 7.9 mln. Orders 310 units versus 275.' });
  const rows = figures.map((f) => [f.text, f.value, f.unit]);
  assert.deepEqual(rows, [['8.6 mln dlrs', 8_600_000, 'USD'], ['7.9 mln', 7_900_000, 'USD'], ['310', 310, 'units'], ['275', 275, 'units']], JSON.stringify(figures));
  assert.ok(figures.every((f) => !/\b(?:vs|versus)\b/.test(f.what)), 'no label runs across "vs"');
});

test('"cts" are cents of the text\'s dollar', () => {
  const { figures } = factsOf({ text: 'The miner sold 2 mln Canadian dlrs of stock. Shr loss 57 cts vs profit 3 cts.' });
  const cents = figures.filter((f) => f.text.endsWith('cts')).map((f) => [f.value, f.unit]);
  assert.deepEqual(cents, [[0.57, 'CAD'], [0.03, 'CAD']], JSON.stringify(figures));
  const us = factsOf({ text: 'The chain earned 41 cts a share in the quarter.' }).figures[0];
  assert.deepEqual([us?.value, us?.unit], [0.41, 'USD']);
});
