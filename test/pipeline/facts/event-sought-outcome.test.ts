// What information "leading to" an arrest would bring is sought, not done: a reward or appeal for it tells of
// no arrest. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const eventsOf = (text: string) => analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const statedArrests = (text: string) => eventsOf(text).filter((e) => e.type === 'arrest' && e.status !== 'negated' && e.status !== 'hypothetical' && e.status !== 'denied');

test('an arrest that information offered for would lead to is not stated', () => {
  for (const text of [
    'Martin Hale is wanted for the robbery of a jeweller. Police are offering $20,000 for information leading to the arrest of Hale, who fled in March.',
    'Martin Hale is wanted for the robbery of a jeweller. The county put up a reward for information that leads to the arrest of Hale.',
  ]) assert.equal(statedArrests(text).length, 0, `${text}: ${show(text)}`);
});

test('near miss: an arrest made is stated', () => {
  const text = 'Martin Hale is wanted for the robbery of a jeweller. Police arrested Hale in Leeds on Tuesday.';
  assert.equal(statedArrests(text).length, 1, show(text));
});
