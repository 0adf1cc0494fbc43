// Words the attribution model reads as a speaker are not also what someone said: "Jane Roe, his
// lawyer, told the paper that …" is one report, by the lawyer, not a second one by the paper whose
// content is the lawyer's name. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function quotesOf(text: string): Quote[] {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-03-12' }).quotes;
}

test('a speaker named before "told the paper" is not quoted as what the paper said', () => {
  const quotes = quotesOf("Jane Smith, the senator's lawyer, told the Daily Mirror in a statement that her client did nothing wrong.");
  assert.deepEqual(quotes.map((q) => q.text), ['her client did nothing wrong']);
  assert.equal(quotes[0].speaker, 'Jane Smith');
});

test('a speaker of another verb inside the reported words does not stop the report', () => {
  const quotes = quotesOf('The budget minister has proposed a plan to sell stakes in the state airline, government sources said.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'The budget minister has proposed a plan to sell stakes in the state airline');
  assert.equal(quotes[0].speaker, 'government sources');
});
