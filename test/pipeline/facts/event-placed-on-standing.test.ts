// A person placed on a footing ("injured reserve", "paid leave", "probation") is a happening of no listed type;
// anything else placed somewhere is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const placings = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^plac/.test(e.trigger.text) && e.status === 'asserted');

test('a person placed on injured reserve, leave or probation is a happening', () => {
  for (const text of [
    'The Hawks placed Dan Moore on injured reserve last Friday.',
    'The Hawks placed their rookie guard on injured reserve last Friday.',
    'The club lost two players for the season, placing Dan Moore and Sam Field on injured reserve.',
    'The bank placed two of its clerks on administrative leave on Friday.',
    'The striker was placed on probation by the league last week.',
  ]) {
    const events = eventsOf(text);
    assert.equal(placings(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a footing whose participle the parser reads as a verb ("on injured reserve today") is still a footing', () => {
  for (const text of [
    'The Chargers placed Tom Miller on injured reserve today, ending his season.',
    'The Hawks placed their rookie guard on injured reserve today.',
  ]) {
    const events = eventsOf(text);
    assert.equal(placings(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a title before the name does not hide the person placed ("linebacker Sam Field")', () => {
  for (const text of [
    'The Hawks placed linebacker Sam Field and wide receiver Dan Moore on injured reserve.',
    'The club placed veteran goalkeeper John Marsh on injured reserve on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(placings(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a person placed on a roll named for a footing ("the injured reserve list") is placed on that footing', () => {
  for (const text of [
    'The Hawks placed Dan Moore on the injured reserve list last Friday.',
    'Dan Moore has been placed on the injured reserve list, ending his season.',
  ]) {
    const events = eventsOf(text);
    assert.equal(placings(events).length, 1, `${text}: ${listed(events)}`);
  }
  const shelf = 'The clerk placed the forms on the top shelf on Friday.';
  assert.equal(placings(eventsOf(shelf)).length, 0, `${shelf}: ${listed(eventsOf(shelf))}`);
});

test('a thing placed somewhere, or a person placed on an object, is no happening', () => {
  for (const text of [
    'The nurse placed the patient on a stretcher.',
    'Mourners placed flowers on the grave on Sunday.',
    'The firm placed an order for ten trucks last week.',
    'The striker placed the ball on the spot and scored.',
  ]) {
    const events = eventsOf(text);
    assert.equal(placings(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('a person put on a footing is given a standing, as one placed on it is; anything else put is none', () => {
  const put = analyseText('Sports desk\n\nThe club trained as usual on Monday. Ola Berg, the club\'s top scorer, was put on injured reserve, the team said.', { published: '2024-05-06' }).events;
  assert.equal(put.filter((e) => e.type === 'other' && e.trigger.text === 'put').length, 1, put.map((e) => `${e.type}:${e.trigger.text}`).join(', '));
  for (const text of ['The minister put the bill on hold on Tuesday.', 'He put the keys on the table.']) {
    const events = analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
    assert.equal(events.filter((e) => e.trigger.text === 'put').length, 0, `${text}: ${events.map((e) => `${e.type}:${e.trigger.text}`).join(', ')}`);
  }
});
