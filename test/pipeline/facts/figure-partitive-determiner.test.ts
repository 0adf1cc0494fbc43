// "Seven of the suspects" was listed as "7 the suspects": a partitive count's phrase kept the
// determiner after "of". What is counted is the noun phrase after it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Figure } from '../../../src/types.js';

function figureOf(text: string, value: number): Figure | undefined {
  return analyseText(text, { published: '2024-05-06' }).figures.find((f) => f.value === value);
}

test('"N of the NOUN" counts the noun, without the determiner', () => {
  const seven = figureOf('Seven of the suspects were held overnight at a police station in Kestrel Bay.', 7);
  assert.equal(seven?.what, 'suspects');
  assert.equal(seven?.unit, 'suspects');
  assert.equal(figureOf('The union said two of the drivers had been dismissed without notice.', 2)?.what, 'drivers');
  assert.equal(figureOf('Four of their children were taken to a hospital in the north.', 4)?.what, 'children');
});

test('a partitive whose phrase starts with a number or a possessor keeps its words', () => {
  assert.equal(figureOf('Three of the 20 miners were freed on Friday.', 3)?.what, 'the 20 miners');
  assert.equal(figureOf("Twenty of Boeing's planes were grounded after the inspection.", 20)?.what, "Boeing's planes");
});

test('the determiner stays with a possessor or a number after it', () => {
  // (the extent after the noun is the phrase reader's, unchanged here)
  assert.match(figureOf("Forty of the club's members voted for the new rules.", 40)?.what ?? '', /^the club's members/);
  assert.match(figureOf('The party won four of the six seats at stake in the county.', 4)?.what ?? '', /^the six seats/);
});
