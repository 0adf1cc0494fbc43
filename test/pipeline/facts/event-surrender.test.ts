// A suspect who gives himself up, or surrenders to the police, is taken into custody: an arrest. Giving up a habit or
// a fight, an army surrendering and a passport surrendered are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const arrests = (events: EventRecord[]) => events.filter((e) => e.type === 'arrest');

test('giving oneself up, or surrendering to the police, is an arrest', () => {
  for (const text of [
    'Officers talked to the man for an hour, and he gave himself up shortly after noon.',
    'The escaped prisoner, who gave herself up to police in Hull, was returned to jail.',
    'The fugitive surrendered to armed police in Cardiff on Monday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(arrests(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('giving up a habit or a fight, or a garrison surrendering, is no arrest', () => {
  for (const text of ['The rebels gave up the fight in May.', 'The mayor gave up smoking last year.', 'The garrison surrendered after a long siege.', 'He surrendered his passport to the court.']) {
    const events = eventsOf(text);
    assert.equal(arrests(events).length, 0, `${text}: ${listed(events)}`);
  }
});
