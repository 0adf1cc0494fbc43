// "N …, down from M": N is the level that moved, so it shares the direction the two levels of a
// change share. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Figure } from '../../../src/types.js';

function figuresOf(text: string): Figure[] {
  return analyseText(text, { published: '2024-05-06' }).figures;
}

test('"N boats were stopped …, down from about M" says N went down', () => {
  const f = figuresOf('The coastguard said about 9,000 boats had been stopped this spring, down from about 14,000 in the same months of 2022.').find((x) => x.value === 9000);
  assert.equal(f?.change, 'down');
});

test('"sold N loaves, up from M" says N went up', () => {
  const f = figuresOf('The bakery sold 1,200 loaves last week, up from 950 a week earlier.').find((x) => x.value === 1200);
  assert.equal(f?.change, 'up');
});

test('a figure of another unit before the comparison keeps no direction', () => {
  const f = figuresOf('Forty firms in 12 towns hired 3,000 workers this year, down from 4,500 last year.').find((x) => x.value === 12);
  assert.equal(f?.change, 'none');
});
