// A player put on a footing ("placed on injured reserve", "on IR") is news of its own (type other), also where the
// parse misreads a position title before the name ("running back", "wide receiver") and so loses the object and
// its "on" phrase; anything else placed somewhere stays no event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Sports desk\n\nThe club trained as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const placings = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^plac/i.test(e.trigger.text));

test('a player put on a footing past a position title is a happening', () => {
  for (const text of [
    'The Hawks have placed running back Tom Okafor on the injured reserve list after a knee injury.',
    'The Falcons are placing tight end Omar Diallo and safety Jon Pratt on injured reserve this week.',
  ]) {
    const events = eventsOf(text);
    assert.equal(placings(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('the abbreviation IR is the footing injured reserve', () => {
  const text = 'The coach said on Friday that Tom Okafor was placed on IR.';
  const events = eventsOf(text);
  assert.equal(placings(events).length, 1, `${text}: ${listed(events)}`);
});

test('a thing or a person placed on an object is no happening', () => {
  for (const text of [
    'The fans placed flowers and scarves on the stadium gates.',
    'The physio placed the striker on a stretcher.',
  ]) {
    const events = eventsOf(text);
    assert.equal(placings(events).length, 0, `${text}: ${listed(events)}`);
  }
});
