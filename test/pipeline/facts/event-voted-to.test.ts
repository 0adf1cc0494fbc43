// A vote told as done ("voted on Wednesday to approve the bill") is the event: the approval it sought, a hypothetical
// mention of the same vote, does not speak for it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('a body that voted to approve something held a vote, told as done', () => {
  for (const text of [
    'The state Senate voted on Thursday to approve a measure that trims spending on roads.',
    'The Senate voted Thursday to approve the fisheries treaty.',
  ]) {
    const votes = eventsOf(text).filter((e) => e.type === 'vote');
    assert.equal(votes.length, 1, `${text}: ${show(text)}`);
    assert.equal(votes[0].status, 'asserted', `${text}: ${show(text)}`);
    assert.equal(votes[0].trigger.text, 'voted', `${text}: ${show(text)}`);
  }
});

test('a vote only foreseen stays so', () => {
  const text = 'The Senate may vote next month to approve the fisheries treaty.';
  const votes = eventsOf(text).filter((e) => e.type === 'vote');
  assert.ok(votes.every((e) => e.status !== 'asserted'), `${text}: ${show(text)}`);
});
