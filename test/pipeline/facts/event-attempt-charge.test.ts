// "attempted murder" modifying another noun names a kind of charge or case, not an attack that happened (review s24 A10).
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const typed = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('an attempted murder charge or case is no attack', () => {
  for (const text of ['He faces an attempted murder charge.', 'The attempted murder trial of the two guards opens in June.']) {
    assert.equal(typed(text, 'attack').length, 0, `${text}: ${show(text)}`);
  }
});

test('an attempted murder itself, and an assassination attempt, are still attacks', () => {
  for (const text of [
    'A taxi driver was the victim of an attempted murder in the harbour district on Sunday.',
    'The mayor escaped an assassination attempt outside the town hall.',
  ]) assert.equal(typed(text, 'attack').length, 1, `${text}: ${show(text)}`);
});
