// A person let go from custody is released though neither a name nor a word for captives says so: "released on bail",
// "booked and released", "freed from custody". A release beside no custody ("treated at a clinic and released") is
// none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const releases = (events: EventRecord[]) => events.filter((e) => e.type === 'release');

test('a person released on bail or from custody is released', () => {
  for (const text of [
    'The driver was released on bail on Tuesday as he awaits a hearing.',
    'He was driven to the city jail, where he was booked and released on bail.',
    'The man was freed from custody late on Tuesday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(releases(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a person released beside no custody, or a thing released, is no release', () => {
  for (const text of ['A cashier was treated at a clinic and released.', 'The ministry released its figures on Tuesday.']) {
    const events = eventsOf(text);
    assert.equal(releases(events).length, 0, `${text}: ${listed(events)}`);
  }
});
