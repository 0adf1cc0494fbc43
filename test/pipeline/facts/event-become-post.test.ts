// "became" takes a post only where a person becomes what the predicate's head names (review s24 A4).
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const appointments = (text: string) => eventsOf(text).filter((e) => e.type === 'appointment');

test('a place, a concern or an owned relation takes no post', () => {
  for (const text of [
    'The harbour town became the chief exporter of timber in the north.',
    'Water shortages became a chief worry for farmers this summer.',
    'He became the minister\'s closest aide.',
    'The farmhouse became a general\'s headquarters in the siege.',
  ]) assert.equal(appointments(text).length, 0, `${text}: ${show(text)}`);
});

test('a person becoming director or chief executive still takes a post', () => {
  for (const text of ['Mr. Okoro became chief executive of the insurer in 2018.', 'She becomes director of research next month.']) {
    assert.equal(appointments(text).length, 1, `${text}: ${show(text)}`);
  }
});

test('a rank in a record, with the clause that says what is ranked, takes no post', () => {
  for (const text of [
    'On Sunday Ivo Marsh became the third manager sacked in the league this autumn.',
    'Ana Petrov became the first coach since 1990 to win the cup twice.',
  ]) assert.equal(appointments(text).length, 0, `${text}: ${show(text)}`);
  const text = 'Ana Petrov became the first female president of the rowing club in March.';
  assert.equal(appointments(text).length, 1, `${text}: ${show(text)}`);
});
