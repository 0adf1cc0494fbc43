// "An explosion of anger" is a feeling that swells, no blast; an explosion of gas, or at a plant, is
// one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const attacks = (events: EventRecord[]) => events.filter((e) => e.type === 'attack');

test('an explosion of a feeling is no attack', () => {
  const events = eventsOf('Residents described an explosion of grief in the village after the funeral.');
  assert.equal(attacks(events).length, 0, listed(events));
});

test('an explosion of gas or at a plant is still one', () => {
  for (const text of ['An explosion of gas wrecked a bakery in Dundee on Friday.', 'An explosion at the plant injured two workers in Dundee on Friday.']) {
    const events = eventsOf(text);
    assert.equal(attacks(events).length, 1, `${text}: ${listed(events)}`);
  }
});
