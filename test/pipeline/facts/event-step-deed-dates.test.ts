// A court or police step names the deed it is about ("charged with murder on Friday in the stabbing of a driver"):
// the step's time is the step's, not the deed's, which came before it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\n${text}`, { published: '2031-03-08' }).events;
}
const dated = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.date?.iso ?? null}`).join(', ');

test('a deed named in a charge\'s phrase does not take the charge\'s day', () => {
  const events = eventsOf('A Mwanza porter was charged with murder on Friday in the slaying of a bus driver at the depot.');
  const charge = events.find((e) => e.type === 'charge');
  const killing = events.find((e) => e.type === 'killing');
  assert.equal(charge?.date?.iso, '2031-03-07', dated(events));
  assert.ok(killing, dated(events));
  assert.notEqual(killing.date?.iso, '2031-03-07', dated(events));
});

test('a later mention of the deed with its own day joins it', () => {
  const events = eventsOf('A Mwanza porter was charged with murder on Friday in the slaying of a bus driver at the depot. Police have hunted him since shortly after the Nov. 20 slaying.');
  const killings = events.filter((e) => e.type === 'killing');
  assert.equal(killings.length, 1, dated(events));
  assert.equal(killings[0].date?.iso, '2030-11-20', dated(events));
});

test('a happening in a phrase of when ("after", "during") keeps the step\'s day', () => {
  const events = eventsOf('Police arrested the porter on Friday during a shooting at the depot in Mwanza.');
  const attack = events.find((e) => e.type === 'attack');
  assert.ok(attack, dated(events));
  assert.equal(attack.date?.iso, '2031-03-07', dated(events));
});
