// "free agent": a player or worker out of contract, free to sign with anyone, is not someone freed
// (data/event-senses.json); freeing captives stays a release. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Sports desk\n\nThe league met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('an offer to a free agent frees no one', () => {
  for (const text of ['The Hawks made a four-year offer to free agent goalkeeper Tom Birch.', 'Club owners want to talk to free agents before the draft.']) {
    const events = eventsOf(text);
    assert.ok(!events.some((e) => e.type === 'release'), `${text}: ${listed(events)}`);
  }
});

test('freeing captives is still a release', () => {
  const events = eventsOf('Rebels freed two hostages on Sunday after talks with the elders.');
  assert.ok(events.some((e) => e.type === 'release'), listed(events));
});
