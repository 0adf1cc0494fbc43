// "X is to do Y": an act announced as settled is an event of type other, planned; never when X
// cannot decide, when it only sets a condition, or when a typed event inside it is the event.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Council news\n\n${text}`).events;
}

test('a party or a pronoun for one "is to" act: a planned event of type other at the verb', () => {
  const settled = eventsOf('The Greens are to support the new tram route through the old town.').find((e) => e.type === 'other');
  assert.equal(settled?.trigger.text, 'support');
  assert.equal(settled?.status, 'planned');
  const spent = eventsOf('The ministry confirmed it is to spend £40m on school roofs.').find((e) => e.type === 'other');
  assert.equal(spent?.trigger.text, 'spend');
});

test('no event when the subject cannot decide, the clause is a condition, or the act is a typed event', () => {
  assert.deepEqual(eventsOf('The aim of the scheme is to cut journey times.').map((e) => e.type), []);
  const conditional = eventsOf('If the club is to survive, it will need a new stadium.').filter((e) => e.type === 'other');
  assert.ok(conditional.every((e) => e.status === 'hypothetical'), 'a condition claims nothing happened');
  const meeting = eventsOf('The mayor is to take part in a meeting with tenants on Friday.');
  assert.deepEqual(meeting.map((e) => e.type), ['meeting']);
});

test('words between "is" and "to" other than adverbs break the construction', () => {
  assert.deepEqual(eventsOf('They are still far behind, when to win they should be ahead.').filter((e) => e.type === 'other'), []);
});
