// An attempt to kill ("a failed attempt to assassinate …") is an attack whose victim survived, as an assassination
// attempt is; a killing itself stays one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('an attempt to kill is an attack, not a killing', () => {
  const events = eventsOf('In 1961 he was the gunman in a failed attempt to assassinate the party leader.');
  assert.ok(events.some((e) => e.type === 'attack' && e.trigger.text === 'assassinate'), listed(events));
  assert.ok(!events.some((e) => e.type === 'killing'), listed(events));
});

test('a killing told outright stays a killing', () => {
  const events = eventsOf('Gunmen assassinated the party leader outside his home on Sunday.');
  assert.ok(events.some((e) => e.type === 'killing'), listed(events));
});
