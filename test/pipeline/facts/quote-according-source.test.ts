// "According to X, CLAUSE": the source is X up to its comma, and the clause keeps its subject.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function quotesOf(text: string): Quote[] {
  return analyseText(text).quotes;
}

test('the source of "according to" stops at its comma; the clause\'s subject is part of what is reported', () => {
  const quotes = quotesOf('According to the charges, the group laundered up to $4 million for more than 30 clients between 2016 and 2019.');
  const q = quotes.find((x) => x.kind === 'indirect');
  assert.ok(q, 'the reported speech is found');
  assert.equal(q.speakerText, 'the charges');
  assert.match(q.text, /^the group laundered/);
});

test('a source the tagger already ends at its comma is left as it is', () => {
  const quotes = quotesOf('According to the audit, the council lost up to 2 million pounds on the project between 2015 and 2019.');
  const q = quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.speakerText, 'the audit');
  assert.match(q?.text ?? '', /^the council lost/);
});
