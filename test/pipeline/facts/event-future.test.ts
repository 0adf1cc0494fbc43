// An event dated after the story was published has not happened yet: it is planned, not a fact on the
// timeline, however the sentence words it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { isTimelineFact, type EventRecord } from '../../../src/types.js';

function eventsOf(text: string, published: string): EventRecord[] {
  return analyseText(`Briefs\n\n${text}`, { published }).events;
}

test('a meeting dated after publication is planned; one dated before stays a fact', () => {
  const ahead = eventsOf('The Kenyan finance minister attends a meeting with lenders in Nairobi on June 12, officials said.', '2031-06-10');
  const meeting = ahead.find((e) => e.type === 'meeting');
  assert.equal(meeting?.date?.iso, '2031-06-12');
  assert.equal(meeting?.status, 'planned');
  assert.equal(isTimelineFact(meeting!.status), false);
  const past = eventsOf('The Kenyan finance minister attended a meeting with lenders in Nairobi on June 8, officials said.', '2031-06-10');
  assert.equal(past.find((e) => e.type === 'meeting')?.status, 'asserted');
});

test('a month or a year, whose year the tense decides, does not overrule the verb', () => {
  const events = eventsOf('The two airlines signed a code-share agreement in June, the carriers said.', '2031-06-10');
  assert.equal(events.find((e) => e.type === 'agreement')?.status, 'asserted');
});

test('a year written before the event noun dates the event: a later one is planned, an earlier one stays a fact', () => {
  const election = eventsOf('Opposition parties are campaigning hard to weaken the governor before the 2032 election, the commission said.', '2031-06-10');
  assert.equal(election.find((e) => e.type === 'election')?.status, 'planned');
  const past = eventsOf('The party lost the 2027 election badly, and its leader resigned in May 2029.', '2031-06-10');
  assert.equal(past.find((e) => e.type === 'election')?.status, 'asserted');
  assert.equal(past.find((e) => e.type === 'resignation')?.status, 'asserted');
});

test('a later year elsewhere in the clause belongs to something else and does not make the event planned', () => {
  const events = eventsOf('The two lenders reached agreement with the port authority on debts that mature in 2034, officials said.', '2031-06-10');
  assert.equal(events.find((e) => e.type === 'agreement')?.status, 'asserted');
});

test('a month and year the parse attaches to the trigger verb dates the event: a later one is planned', () => {
  const ahead = eventsOf('The chief executive of Borr Shipping, Anna Lind, is stepping down in August 2032.', '2031-06-10');
  assert.equal(ahead.find((e) => e.type === 'resignation')?.status, 'planned');
  const past = eventsOf('Police arrested the chief executive of Borr Shipping, Anna Lind, in May 2031.', '2031-06-10');
  assert.equal(past.find((e) => e.type === 'arrest')?.status, 'asserted');
});

test('the day after publication reported in the past tense does not make the deed a plan', () => {
  // 2031-06-11 is a Wednesday: a past report of "Thursday" is last week's, or the story's date lags its writing
  const filed = eventsOf('Attorneys for the widow filed a lawsuit in a federal court on Thursday.', '2031-06-11');
  assert.equal(filed.find((e) => e.type === 'other')?.status, 'asserted');
  const arrested = eventsOf('Police arrested the harbour master on Thursday.', '2031-06-11');
  assert.equal(arrested.find((e) => e.type === 'arrest')?.status, 'asserted');
  const announced = eventsOf("Tom Reyes's resignation was announced on Thursday.", '2031-06-11');
  assert.equal(announced.find((e) => e.type === 'resignation')?.status, 'asserted');
  // looking ahead, the same weekday is tomorrow and the deed a plan
  assert.equal(eventsOf('The mayor will announce his resignation on Thursday.', '2031-06-11').find((e) => e.type === 'resignation')?.status, 'planned');
  assert.equal(eventsOf('The mayor is due to resign on Thursday.', '2031-06-11').find((e) => e.type === 'resignation')?.status, 'planned');
  assert.equal(eventsOf('The board was expected to vote on Thursday.', '2031-06-11').find((e) => e.type === 'vote')?.status, 'planned');
});
