// Looting told as a deed is a happening of no listed type; looting named as a kind of act is none.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const ofType = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && e.status === 'asserted');

test('looting is a happening; "looting is a crime" is none', () => {
  const looted = eventsOf('A crowd looted two pharmacies in Leeds on Saturday.');
  assert.ok(ofType(looted, 'other').some((e) => e.trigger.text === 'looted'), listed(looted));
  const general = eventsOf('Looting is a crime, the mayor said.');
  assert.ok(!general.some((e) => e.trigger.text.toLowerCase() === 'looting'), listed(general));
});
