// An event noun that is the subject of a verb of onset or occurrence ("an inquiry has begun") is a
// happening told in itself, though it names no party, place or date of its own. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('"an investigation has begun" is an investigation, one that "will begin" is planned', () => {
  const begun = eventsOf('Officials said a wide investigation had begun to trace the stolen paintings.');
  assert.equal(begun.filter((e) => e.type === 'investigation' && e.status === 'asserted').length, 1, listed(begun));
  const started = eventsOf('An investigation started after the paintings went missing.');
  assert.equal(started.filter((e) => e.type === 'investigation' && e.status === 'asserted').length, 1, listed(started));
  const coming = eventsOf('An investigation will begin next week.');
  assert.equal(coming.filter((e) => e.type === 'investigation' && e.status === 'asserted').length, 0, listed(coming));
});

test('an investigation only mentioned as an object of talk stays out', () => {
  const events = eventsOf('Officials discussed whether an investigation would help.');
  assert.equal(events.filter((e) => e.type === 'investigation' && e.status === 'asserted').length, 0, listed(events));
});
