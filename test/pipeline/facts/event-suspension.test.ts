// A party suspending work, production or construction stops what it was doing: a happening of no listed
// type. Payments or talks suspended, and a player suspended (a sanction), are read as before. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const stops = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.trigger.text.toLowerCase().startsWith('suspend'));

test('a party suspending work, production or construction is a happening', () => {
  for (const text of ['Acme Corp suspended production at its Ohio plant.', 'Acme Corp suspended construction of its new smelter in May.']) {
    const events = eventsOf(text);
    assert.equal(stops(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('payments suspended are none, and a player suspended is still sanctioned', () => {
  const payments = eventsOf('Acme Corp suspended payments to its suppliers.');
  assert.equal(stops(payments).length, 0, listed(payments));
  const player = eventsOf('The club suspended the striker for three games.');
  assert.equal(player.filter((e) => e.type === 'sanction').length, 1, listed(player));
});
