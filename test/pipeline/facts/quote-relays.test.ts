// A news agency that reports what someone else said relays the quotation; the one it reports speaks it.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function quotesOf(text: string): Quote[] {
  return analyseText(text).quotes;
}

test('words an agency reports that a ministry said are the ministry\'s', () => {
  const quotes = quotesOf('The vote was close. The ministry said the ruling was "a serious mistake that will cost jobs", the news agency KNA reported.');
  const q = quotes.find((x) => x.kind === 'direct');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /ministry/i, `speaker ${q.speaker}`);
});

test('an agency quoted on its own still speaks', () => {
  const quotes = quotesOf('The vote was close. "The ruling is a serious mistake that will cost jobs," the news agency KNA reported.');
  assert.equal(quotes.find((x) => x.kind === 'direct')?.speaker, 'KNA');
});

test('a quotation whose own speaker follows it is that speaker\'s, whatever the clause before it knows', () => {
  const quotes = quotesOf("The debate went on. The policy elite know that ''the army must grow if the country is to be taken seriously,'' Ms. Varga said.");
  assert.equal(quotes.find((x) => x.kind === 'direct')?.speakerText, 'Ms. Varga');
});

test('a person named after a quotation speaks it, even when the clause before has someone tell it', () => {
  const quotes = quotesOf("Reporters waited outside. His father told him to read the paper aloud every morning so ''I would learn to speak the language properly,'' Mr. Okafor said.");
  assert.equal(quotes.find((x) => x.kind === 'direct')?.speakerText, 'Mr. Okafor');
});
