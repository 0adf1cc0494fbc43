// A telecommunications link cut, severed or damaged, or internet and phone services disrupted or interrupted, is an
// outage (an `other` event); a roof damaged, jobs cut or a meeting interrupted is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const outages = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.theme === 'outage');

test('a cable cut or damaged, or phone and internet services disrupted, is an outage', () => {
  for (const text of [
    'A dredger cut the fibre cable off the Breton coast on Sunday.',
    'Two submarine cables were damaged near Malta on Friday.',
    'Broadband and phone services across the islands were interrupted for six hours.',
  ]) {
    const events = eventsOf(text);
    assert.equal(outages(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a roof damaged, jobs cut or a speech interrupted is no outage', () => {
  for (const text of ['Hail damaged the chapel roof on Sunday.', 'The brewery cut 40 jobs in March.', 'Hecklers interrupted the minister twice.']) {
    const events = eventsOf(text);
    assert.equal(outages(events).length, 0, `${text}: ${listed(events)}`);
  }
});
