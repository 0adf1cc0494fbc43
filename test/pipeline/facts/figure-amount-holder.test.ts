// An amount the parse hangs by "of" on a noun before it ("a net loss of about 80 mln dlrs") measures
// what that noun names, where the words around the figure give it no label. Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('an amount "of" a noun is labelled with that noun and the words that name it', () => {
  const a = analyseText('The bakery chain reported a net loss of about 80 mln dlrs for the year.\n\nIts rival posted a profit of 7 mln dlrs in the quarter.', { published: '2025-05-06' });
  const label = (value: number) => a.figures.find((f) => f.value === value)?.what;
  assert.equal(label(80_000_000), 'net loss', JSON.stringify(a.figures));
  assert.equal(label(7_000_000), 'profit', JSON.stringify(a.figures));
});

test('a change noun is not a label: "a rise of 5 mln dlrs"', () => {
  const a = analyseText('The town saw a rise of 5 mln dlrs in parking fees.', { published: '2025-05-06' });
  assert.notEqual(a.figures.find((f) => f.value === 5_000_000)?.what, 'rise', JSON.stringify(a.figures));
});
