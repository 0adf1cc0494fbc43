// A bound glued to its number by a hyphen ("ten-plus years", "40-plus staff") is one word to the
// tokenizer; it is read as the number and the bound, as "ten plus years" is. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"ten-plus years" is a length of time of more than ten years', () => {
  const f = analyseText('The new coach brings ten-plus years of league experience to the club.').figures.find((x) => x.value === 10);
  assert.equal(f?.unit, 'year');
  assert.equal(f?.qualifier, 'more_than');
  assert.equal(f?.text, 'ten-plus years');
});

test('"40-plus" counts what follows it', () => {
  const f = analyseText('The bakery now employs 40-plus bakers across its three sites.').figures.find((x) => x.value === 40);
  assert.equal(f?.unit, 'bakers');
  assert.equal(f?.qualifier, 'more_than');
});

test('a hyphenated word that is no bound stays no number ("one-off")', () => {
  assert.equal(analyseText('The council called the payment a one-off gesture.').figures.length, 0);
});
