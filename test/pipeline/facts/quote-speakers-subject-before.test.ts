// A whole-sentence quotation with no speaking verb after a sentence is its subject's only when that
// sentence is about one person alone who asks no one: "X met Y. “…”" could be either's words, and
// the one asked is the likelier speaker of what follows a question. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

const SAID = '"The first ferries will dock at the new pier before the end of the summer."';

test('the subject of a sentence that asks another person does not speak the next quotation', () => {
  const q = quoteStarting(`Marta Lindqvist asked Jonas Berg about the harbour plan on Tuesday. ${SAID}`, 'The first ferries');
  assert.notEqual(q?.speaker ?? null, 'Marta Lindqvist');
});

test('the subject of a sentence that asks someone unnamed does not speak the next quotation', () => {
  const q = quoteStarting(`Marta Lindqvist asked the harbour master about the new pier on Tuesday. ${SAID}`, 'The first ferries');
  assert.notEqual(q?.speaker ?? null, 'Marta Lindqvist');
});

test('a sentence naming two people gives the next quotation to neither by its subject', () => {
  const q = quoteStarting(`Marta Lindqvist met Jonas Berg at the harbour in Gdansk on Tuesday. ${SAID}`, 'The first ferries');
  assert.notEqual(q?.speaker ?? null, 'Marta Lindqvist');
});

test('a sentence about one person alone still gives the next quotation to that person', () => {
  const q = quoteStarting(`Marta Lindqvist walked the length of the unfinished pier on Tuesday. ${SAID}`, 'The first ferries');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Marta Lindqvist');
});

test('a description before a colon is the speaker when nobody is named (the gold convention for unnamed speakers)', () => {
  const q = quoteStarting('The hearing ran until after midnight. The spokeswoman: "Nothing was decided tonight, and nothing will be decided before Friday."', 'Nothing was decided');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /spokeswoman/);
});
