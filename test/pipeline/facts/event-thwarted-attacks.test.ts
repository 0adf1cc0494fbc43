// Forces (a navy, a warship, a helicopter sent out) that foil or thwart an attack act against it: a
// military_operation, and the attack itself was still made. Anyone else foiling a plan or a player is no
// operation. A navy is a body that captures people as an army does. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const ofType = (events: EventRecord[], type: string) => events.filter((e) => e.type === type);

test('forces that foil or thwart an attack mount an operation, and the attack was made', () => {
  for (const text of [
    'A frigate foiled a hijacking of a cargo ship off Oman on Friday.',
    'A navy helicopter thwarted an attack on a tanker off Somalia on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'military_operation').length, 1, `${text}: ${listed(events)}`);
  }
  const events = eventsOf('A navy helicopter thwarted an attack on a tanker off Somalia on Friday.');
  assert.equal(ofType(events, 'attack').length, 1, listed(events));
});

test('plans, hopes or players foiled by others are no operation', () => {
  for (const text of [
    'Heavy rain foiled the plans of the organisers on Friday.',
    'The goalkeeper thwarted the striker twice in the second half.',
  ]) {
    const events = eventsOf(text);
    assert.equal(ofType(events, 'military_operation').length, 0, `${text}: ${listed(events)}`);
  }
});

test('a navy captures people as an army does', () => {
  const events = eventsOf('The navy captured nine smugglers near the coast on Friday.');
  assert.equal(ofType(events, 'arrest').length, 1, listed(events));
});
