// "met" with a person on each side is a meeting even where no one is named (session 28).
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const meetings = (text: string) => eventsOf(text).filter((e) => e.type === 'meeting');

test('one person meeting another, neither named, is a meeting', () => {
  for (const text of ['The governor met the families of the miners on Monday.', 'He met with the talk-show host for two hours on Nov. 25.'])
    assert.equal(meetings(text).length, 1, `${text}: ${show(text)}`);
});

test('meeting a thing, or telling someone something, is still no meeting', () => {
  for (const text of ['The plan met stiff resistance from farmers.', 'The results met expectations.', 'The lawyer told the jury that he was innocent.'])
    assert.equal(meetings(text).length, 0, `${text}: ${show(text)}`);
});

test('meeting one\'s own kin or partner, someone met by chance, or a past acquaintance is no meeting', () => {
  for (const text of [
    'He met his wife at university in 1990.',
    'She met her future husband while studying in Paris.',
    'The boy met his father for the first time on Monday.',
    'The old man met his maker last week.',
    'He met a man online who sold him a car.',
    'The victim had met his killer only once.',
  ]) assert.equal(meetings(text).length, 0, `${text}: ${show(text)}`);
});

test('"met with" a body of people, or a body meeting with people, is a meeting', () => {
  for (const text of ['The family met with lawyers on Tuesday.', 'The minister met with the board on Monday.'])
    assert.equal(meetings(text).length, 1, `${text}: ${show(text)}`);
});

test('meeting one\'s aides is a meeting held, whatever names WordNet lists a plural under', () => {
  const text = 'Governor Ruth Pell met with her senior aides Thursday in the state capitol.';
  assert.equal(meetings(text).length, 1, `${text}: ${show(text)}`);
});

test('a date of its own or "met with" outweighs an indefinite object or a past perfect', () => {
  for (const text of ['The mayor met a delegation of farmers on Monday.', 'The minister had met with the board on Monday.'])
    assert.equal(meetings(text).length, 1, `${text}: ${show(text)}`);
});
