// Posts taken or left by two different named people are two events, as meetings of different parties are; the same
// person's move told twice stays one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.actors.map((a) => a.text).join('+')}`).join(', ');
const ofType = (events: EventRecord[], type: string) => events.filter((e) => e.type === type);

test('two people taking posts are two appointments', () => {
  const events = eventsOf('Mary Kline became director of marketing on Monday. Tom Hale became director of operations on Monday.');
  assert.equal(ofType(events, 'appointment').length, 2, listed(events));
});

test('one person taking a post, told twice, is one appointment', () => {
  const events = eventsOf('Mary Kline became director of marketing on Monday. Kline became director after ten years at the firm.');
  assert.equal(ofType(events, 'appointment').length, 1, listed(events));
});
