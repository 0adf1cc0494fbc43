// Events read on other outlets' news (round nine): undertakings signed that are no event noun of their own.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const typed = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('signing a letter of intent or a plan is an agreement; the buying it is about is no second event', () => {
  for (const text of [
    'Harlow Foods said a Denver investor has signed a letter of intent to purchase the chain for $40 million.',
    'The mayors of the two towns signed a joint transport plan on Tuesday.',
  ]) {
    assert.equal(typed(text, 'agreement').length, 1, `${text}: ${show(text)}`);
    assert.equal(typed(text, 'other').length, 0, `${text}: ${show(text)}`);
  }
  // a letter alone is no undertaking, nor is a bill signed into law
  for (const text of ['Forty doctors signed a letter urging the board to act.', 'The governor signed the budget bill on Friday.']) {
    assert.equal(typed(text, 'agreement').length, 0, `${text}: ${show(text)}`);
  }
});

test('a command given ("ordered them to leave") is an event; goods ordered are not', () => {
  for (const text of [
    'Rebel commanders ordered the villagers to leave their homes on Monday.',
    'Consulates across the region were ordered to close their visa offices.',
  ]) assert.equal(typed(text, 'other').length, 1, `${text}: ${show(text)}`);
  for (const text of ['The carrier ordered 12 freighters from Airbus in May.', 'Durable goods orders fell 3 percent in June.']) {
    assert.equal(eventsOf(text).length, 0, `${text}: ${show(text)}`);
  }
});

test('a thing discovered is an event; discovering that something is so is not', () => {
  for (const text of [
    'A technician discovered three defects in the new engine last week.',
    'The stolen van was discovered on Sunday at a car park near the port, police said.',
  ]) assert.equal(typed(text, 'other').length, 1, `${text}: ${show(text)}`);
  const learnt = 'Shareholders discovered that the accounts had been wrong for years.';
  assert.equal(typed(learnt, 'other').length, 0, show(learnt));
});
