// A short quotation that opens its sentence and hands on to its speaker is a statement ("“That is
// right,” Ann said"), and a question's speaker may follow its question mark ("“…?” Ann asked").
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyse, defaultContext } from '../../../src/pipeline/index.js';
import type { Quote } from '../../../src/types.js';

const ctx = defaultContext();

function directOf(text: string): Quote[] {
  return analyse({ source: { kind: 'file', location: 'short.txt', name: 'short' }, format: 'text', content: text, encoding: 'utf-8', hints: {} }, ctx).quotes.filter((q) => q.kind === 'direct');
}

const hearing = `Council vote delayed

Anna Berg, the mayor of Springfield, met the council on Monday to discuss the budget for the bus network.

“Can we still pay the drivers this winter?” Berg quietly asked the members.

“That is right,” Berg said.`;

test('a quotation of three words answered by its speaker is a quote', () => {
  const q = directOf(hearing).find((x) => x.text.startsWith('That is right'));
  assert.ok(q, 'the short answer is a quote');
  assert.equal(q.speaker, 'Anna Berg');
});

test('a question is the speaker\'s named after its question mark', () => {
  const q = directOf(hearing).find((x) => x.text.startsWith('Can we still pay'));
  assert.ok(q, 'the question is found');
  assert.equal(q.speaker, 'Anna Berg');
});

test('a short name inside a sentence stays a name', () => {
  const quotes = directOf('Storm season\n\nThe old prison, dubbed the “Grey House,” said nothing to visitors about its past, the guide Tom Reyes said.');
  assert.equal(quotes.find((x) => x.text.startsWith('Grey House')), undefined);
});
