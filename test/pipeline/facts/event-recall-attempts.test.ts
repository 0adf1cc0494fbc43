// Events missed on other outlets' news (events9): attempts on a life, counted happenings told as a tally,
// and a court's decision dated after its name. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const typed = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('an assassination or murder attempt, and attempted murders, are attacks, not killings', () => {
  for (const text of [
    'The governor was the target of an assassination attempt, his spokesman said on Friday.',
    'The judge survived a murder attempt outside her home in Lagos last year.',
    'Gunmen carried out two attempted murders of doctors in the city on Monday.',
  ]) {
    assert.equal(typed(text, 'attack').length, 1, `${text}: ${show(text)}`);
    assert.equal(typed(text, 'killing').length, 0, `${text}: ${show(text)}`);
  }
  // an attempt at something other than a life is no attack
  const other = 'The firm made a second attempt to list its shares in May.';
  assert.equal(typed(other, 'attack').length, 0, show(other));
});

test('a count of happenings over a period is a tally, not one new dated event', () => {
  for (const text of [
    'Police have recorded nine attempted murders of taxi drivers in the port since January.',
    'There were 12 attacks in Baghdad last year, officials said.',
    'The army said 40 raids had been counted.',
  ]) assert.equal(eventsOf(text).filter((e) => e.status === 'asserted').length, 0, `${text}: ${show(text)}`);
  // carried out by someone, they are still what was done
  const done = 'Soldiers carried out four raids in Kandahar province.';
  assert.equal(typed(done, 'raid').length, 1, show(done));
});

test('a court named before a date is still the court deciding', () => {
  const text = 'The ban follows a decision by the Constitutional Court last March.';
  assert.equal(typed(text, 'ruling').length, 1, show(text));
});

test('a person becoming director or chief executive takes a post; a company becoming something does not', () => {
  for (const text of [
    'Maria Olsen, 52, head of sales, becomes director of marketing.',
    'Mr. Tan became chief executive of the airline in 2019.',
  ]) assert.equal(typed(text, 'appointment').length, 1, `${text}: ${show(text)}`);
  for (const text of ['The plant became the largest supplier of steel in the region.', 'The rule becomes effective in June.']) {
    assert.equal(typed(text, 'appointment').length, 0, `${text}: ${show(text)}`);
  }
  const commander = 'Colonel Ruth Abara will be named commander of the peacekeeping force.';
  assert.equal(typed(commander, 'appointment').length, 1, show(commander));
});

test('two meetings with no named party in common stay two events', () => {
  const text = 'Briefs\n\nThe president met Ms. Varga in Vienna on Tuesday.\n\nThe envoy later met with Mr. Okafor, officials said.';
  const meetings = analyseText(text, { published: '2021-03-12' }).events.filter((e) => e.type === 'meeting');
  assert.equal(meetings.length, 2, meetings.map((e) => e.trigger.text).join(', '));
});
