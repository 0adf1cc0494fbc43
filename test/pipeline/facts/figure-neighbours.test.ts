// A figure's change and what it measures belong to its own words: "up to" qualifying an earlier
// figure is no rise of a later one, and a noun past a comma is not what a level measures.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Figure } from '../../../src/types.js';

function figuresOf(text: string): Figure[] {
  return analyseText(text, { published: '2024-05-06' }).figures;
}

test('"stole up to $4 million from more than 30 shops": the 30 is no rise', () => {
  const f = figuresOf('The thieves stole up to $4 million from more than 30 shops, police said.').find((x) => x.value === 30);
  assert.equal(f?.change, 'none');
});

test('"collected up to 5 million euros from 40 donors": the 40 is no rise', () => {
  const f = figuresOf('The charity collected up to 5 million euros from 40 donors this year.').find((x) => x.value === 40);
  assert.equal(f?.change, 'none');
});

test('the "up to" figure itself keeps its qualifier and no change', () => {
  const f = figuresOf('The charity collected up to 5 million euros from 40 donors this year.').find((x) => x.value === 5000000);
  assert.equal(f?.qualifier, 'up_to');
  assert.equal(f?.change, 'none');
});

test('a figure after "up" of its own still rises ("sales were up 8 percent")', () => {
  const f = figuresOf('Sales were up 8 percent in the quarter, the company said.').find((x) => x.value === 8);
  assert.equal(f?.change, 'up');
});

test('"toll rises to 23, officials say" as a headline: the officials are not what the 23 measures', () => {
  const f = figuresOf('Flood toll rises to 23, rescue officials say\n\nHeavy rain flooded the valley on Monday, and rescue teams were still searching late on Tuesday.').find((x) => x.value === 23);
  assert.ok(f, 'the figure is found');
  assert.ok(!/officials/.test(f.what ?? ''), `what: ${f.what}`);
});

test('"was up to N from M": the earlier level still shares the rise', () => {
  const f = figuresOf('Exports were up to 4.2 billion euros from 3.9 billion a year earlier.').find((x) => x.value === 3900000000);
  assert.equal(f?.change, 'up');
});
