// "next to" places a happening; it does not put it in the future as "next week" does. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('a happening next to a place is reported, not planned', () => {
  for (const [text, type] of [
    ['Nine people were killed in the explosion next to the bus depot on Sunday.', 'attack'],
    ['A gunman opened fire in the car park next to the stadium, wounding four fans.', 'attack'],
  ] as const) {
    const events = eventsOf(text);
    const found = events.find((e) => e.type === type);
    assert.ok(found, `${text}: ${listed(events)}`);
    assert.equal(found.status, 'asserted', `${text}: ${listed(events)}`);
  }
});

test('a happening next week is still planned', () => {
  const events = eventsOf('The two leaders meet next week in Oslo.');
  const meeting = events.find((e) => e.type === 'meeting');
  assert.equal(meeting?.status, 'planned', listed(events));
});
