// The verb of speaking right before a quotation's colon is its cue: its subject speaks, not the
// source of an earlier verb in the sentence ("X said it would act, with its spokeswoman stating:
// “…”"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a participle of speaking before the colon gives the quotation to its own subject, a description too', () => {
  const text = 'During the long strike, Councillor Brandt stated that he was against the new fees with a spokeswoman stating: "Councillor Brandt will vote against every fee the board brings and will win."';
  const q = quoteStarting(text, 'Councillor Brandt will vote');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /spokeswoman/, JSON.stringify(q));
});

test('the verb of speaking before the colon that is the model\'s own cue keeps its source', () => {
  const text = 'Governor Halvard Nyquist told reporters on Monday: "The toll on the bridge will go, and it will go before the winter."';
  const q = quoteStarting(text, 'The toll on the bridge will go');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Halvard Nyquist', JSON.stringify(q));
});
