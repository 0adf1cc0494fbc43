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

// "for" may give a reason, not what is offered: a verb of judging ("was praised for", "was blamed for") or thanking,
// or a passive of paying someone, does not offer or ask, and an event with its own past date was done.
test('an arrest that a deed was praised or blamed for, or one with its own past date, is stated', () => {
  for (const text of [
    'Tessa Quill is a retired detective. Quill was praised for evidence leading to the arrest of a smuggler in Dover on Tuesday.',
    'Tessa Quill is a retired detective. The constable was blamed for mistakes leading to the arrest of Quill.',
    'Tessa Quill is a retired detective. The mayor thanked Quill for work leading to the arrest of the smugglers in Dover.',
    'Tessa Quill is a retired detective. The force paid a reward for information leading to the arrest of Quill last year.',
    'Tessa Quill is a retired detective. The informer was paid for tips leading to the arrest of Quill.',
  ]) assert.equal(statedArrests(text).length, 1, `${text}: ${show(text)}`);
});

test('near miss: an appeal or an offer for information leading to an arrest still states none', () => {
  const arrests = (text: string) => eventsOf(text).filter((e) => e.type === 'arrest').length;
  for (const text of [
    'Tessa Quill is wanted for smuggling. The force is offering a reward for information leading to the arrest of Quill.',
    'Tessa Quill is wanted for smuggling. Detectives appealed for evidence leading to the arrest of Quill.',
    'Tessa Quill is wanted for smuggling. A sum of 8,000 pounds is being offered for information leading to the arrest of Quill.',
  ]) {
    assert.equal(arrests(text), 1, `${text}: ${show(text)}`);
    assert.equal(statedArrests(text).length, 0, `${text}: ${show(text)}`);
  }
});
