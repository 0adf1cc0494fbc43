// "Ordered X to do Y" is a command given only when X is someone who can be told (a person, a pronoun,
// an organisation or a group); the infinitive hung on any object no longer counts for other rules, so
// "elected a new leader to replace …" is an election again. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.trigger.text}`).join(', ') || 'none';

test('electing someone to a role is an event, though the parse hangs the infinitive on the one elected', () => {
  for (const text of [
    'The Labour party elected a new chairwoman to succeed Ann Blake on Saturday.',
    'The Green party elected a young mayor to lead the city council.',
  ]) assert.equal(eventsOf(text).filter((e) => e.trigger.text === 'elected').length, 1, `${text}: ${show(text)}`);
});

test('goods ordered for a purpose are no command', () => {
  for (const text of ['The airline ordered 30 planes to replace its old fleet.', 'The railway ordered new trains to serve the coastal line.']) {
    assert.equal(eventsOf(text).length, 0, `${text}: ${show(text)}`);
  }
});

test('people, pronouns and groups ordered to act are a command given', () => {
  for (const text of [
    'The judge ordered him to pay a fine of 500 euros.',
    'The general ordered the troops to withdraw from the border town.',
    'The mayor ordered police to clear the square.',
    'The army ordered all Canadians to leave the zone.',
  ]) assert.equal(eventsOf(text).filter((e) => e.type === 'other' && e.trigger.text === 'ordered').length, 1, `${text}: ${show(text)}`);
});

test('an infinitive after a long told object is still the command, where the parse reads it as a purpose', () => {
  const text = 'Officials said Monday they will order the relatives of the young rafter Ana Ruiz to hand the girl over to her mother, who could arrive as early as Tuesday.';
  assert.equal(eventsOf(text).filter((e) => e.type === 'other' && e.trigger.text === 'order').length, 1, `${text}: ${show(text)}`);
  // goods after the verb stay a purchase with a purpose, however long the phrase
  const goods = 'The airline ordered thirty planes of the newest wide-body model to replace its old fleet.';
  assert.equal(eventsOf(goods).length, 0, `${goods}: ${show(goods)}`);
});
