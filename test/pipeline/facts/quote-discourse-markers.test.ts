// "That said," opens a sentence as a concession: nobody speaks in it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';


function quotesOf(text: string): Quote[] {
  return analyseText(text).quotes;
}

test('"That said," is no attribution: the sentence after it is narration', () => {
  const quotes = quotesOf('Bakery prices\n\nFlour prices rose in the spring. That said, analysts at the bank expect demand for bread to fall next year.');
  assert.deepEqual(quotes.map((q) => q.speaker), []);
});

test('a speaker after "That said," still speaks', () => {
  const quotes = quotesOf('Bakery prices\n\nFlour prices rose in the spring. That said, the bakers\' union says that "bread will stay cheap this winter."');
  assert.equal(quotes.find((q) => q.kind === 'direct')?.speaker?.toLowerCase().includes('union'), true);
  assert.ok(!quotes.some((q) => q.speaker === 'That'));
});
