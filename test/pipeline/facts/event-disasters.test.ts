// A natural disaster named in a story (a word of data/event-senses.json "disasters") is a happening
// of no specific type ("other"): one per story, dated and placed like any event; a disaster word
// as a figure of speech is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.date?.iso ?? null}`).join(', ');

test('floods named with their time are an event of type other', () => {
  const events = eventsOf('Aid agencies appealed for funds. Thousands of families lost their homes in the floods in the delta in August.');
  const floods = events.filter((e) => e.type === 'other');
  assert.equal(floods.length, 1, listed(events));
  assert.equal(floods[0].date?.iso, '--08', listed(events));
});

test('deaths following a disaster and the disaster itself are one event', () => {
  const events = eventsOf('Relief officials were overwhelmed. Dozens of villagers were killed following a powerful cyclone on the coast.');
  assert.equal(events.filter((e) => e.type === 'other').length, 1, listed(events));
  assert.ok(!events.some((e) => e.type === 'killing'), listed(events));
});

test('a disaster word as a figure of speech is no event', () => {
  for (const text of ['The minister faced a storm of criticism over the plan. Her deputy stayed on.', 'The ministry was hit by a flood of complaints. Officials apologised.']) {
    assert.ok(!eventsOf(text).some((e) => e.type === 'other'), `${text}: ${listed(eventsOf(text))}`);
  }
});

test('a disaster in the plural is the same word', () => {
  const events = eventsOf('Insurers counted the cost. Shares fell after tsunamis across the region destroyed ports.');
  assert.equal(events.filter((e) => e.type === 'other').length, 1, listed(events));
});
