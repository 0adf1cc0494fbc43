// A dead person's body recovered or retrieved is a happening of its own (an `other` event); a weapon, stolen goods or
// a market recovering is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const recoveries = (events: EventRecord[]) => events.filter((e) => /^re(cover|triev)/.test(e.trigger.text));

test('a body recovered or retrieved is an event', () => {
  for (const text of [
    'Divers recovered the body of the missing kayaker on Tuesday.',
    'Her remains were retrieved from the lake by a police team.',
    'The body was recovered late in the afternoon.',
  ]) {
    const events = eventsOf(text);
    assert.equal(recoveries(events).length, 1, `${text}: ${listed(events)}`);
    assert.equal(recoveries(events)[0].type, 'other', `${text}: ${listed(events)}`);
  }
});

test('a weapon, goods or a market recovering is no event', () => {
  for (const text of ['Officers recovered a shotgun from the boot of the car.', 'Police have recovered most of the stolen paintings.', 'The pound recovered some ground on Friday.']) {
    const events = eventsOf(text);
    assert.equal(recoveries(events).length, 0, `${text}: ${listed(events)}`);
  }
});
