// A count of people told as the subject of a casualty verb counts the event's dead or hurt whatever
// auxiliaries come before the verb ("have been killed", "had been wounded", "may have been killed"),
// as the parse reads them. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\n${text}`, { published: '2029-03-12' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${JSON.stringify(e.counts)}`).join(', ');
const attack = (events: EventRecord[]) => events.find((e) => e.type === 'attack');

test('"have been killed" counts the dead like "were killed"', () => {
  const events = eventsOf('Militants stormed a ferry terminal in Kigoma on Sunday, and 23 travellers have been killed.');
  assert.equal(attack(events)?.counts.killed?.value, 23, listed(events));
});

test('"had been wounded" and "will have been" chains count the hurt', () => {
  const had = eventsOf('During the shelling of the Kigoma docks on Sunday, 40 porters had been wounded.');
  assert.equal(attack(had)?.counts.injured?.value, 40, listed(had));
  const modal = eventsOf('Militants stormed a ferry terminal in Kigoma on Sunday, and at least 12 guards may have been killed.');
  assert.equal(attack(modal)?.counts.killed?.value, 12, listed(modal));
});

test('a count that did the deed, or that underwent something else, is no casualty', () => {
  const other = eventsOf('Militants stormed a ferry terminal in Kigoma on Sunday, and 23 travellers have been questioned.');
  assert.equal(attack(other)?.counts.killed, undefined, listed(other));
  assert.equal(attack(other)?.counts.injured, undefined, listed(other));
});
