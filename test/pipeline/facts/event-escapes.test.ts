// A person escaping custody, and "the escape", are a happening of no listed type (theme escape); escaping injury or a
// blast is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const escapes = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.theme === 'escape');

test('escaping custody, or the escape itself, is a happening', () => {
  for (const text of [
    'Police are hunting a man who escaped custody during a hospital visit.',
    'The escape forced a lockdown at two nearby schools.',
  ]) {
    const events = eventsOf(text);
    assert.equal(escapes(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('escaping injury or a blast is no happening', () => {
  for (const text of [
    'The driver escaped injury when the tyre burst on the motorway.',
    'Two shoppers narrowly escaped the blast on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(escapes(events).length, 0, `${text}: ${listed(events)}`);
  }
});
