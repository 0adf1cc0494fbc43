// Court proceedings told as an arraignment or a retrial (session 34's change, kept in session 35 for
// ECB+ set Q). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const prosecutions = (events: EventRecord[]) => events.filter((e) => e.type === 'prosecution' && e.status === 'asserted');

test('an arraignment, a retrial and being arraigned are court proceedings', () => {
  for (const text of [
    'The driver was arraigned in federal court in Denver on Friday.',
    'The retrial of the driver began in Denver on Friday.',
    'The arraignment of the driver took place in Denver on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(prosecutions(events).length, 1, `${text}: ${listed(events)}`);
  }
});
