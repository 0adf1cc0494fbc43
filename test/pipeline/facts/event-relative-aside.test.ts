// A relative clause set off by commas between a subject and its verb ("Ann Holt, whose ballads topped the charts,
// died") describes the subject: the verb after it still has that subject. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('a death told after a relative aside on its subject is found', () => {
  for (const text of [
    'Ann Holt, whose ballads about mining towns earned a string of awards, died on Friday in Cardiff at the age of 88.',
    'Piet Vos, who was the harbour master in Delft when he helped stop the smuggling ring, the best known case of its kind, died on Sunday.',
    'Mira Sand, whose "kitchen operas" delighted listeners for decades, died at home last week.',
  ]) {
    const events = eventsOf(text);
    const deaths = events.filter((e) => e.type === 'death' && e.trigger.text === 'died');
    assert.equal(deaths.length, 1, `${text}: ${listed(events)}`);
    assert.equal(deaths[0].status, 'asserted', `${text}: ${listed(events)}`);
  }
});

test('the aside does not lend its subject to a verb outside it', () => {
  // the relative clause is the deed's own clause here: no closing comma before the verb
  const events = eventsOf('Police questioned the driver, who was released without charge on Friday.');
  assert.ok(events.every((e) => e.type !== 'death'), listed(events));
  // an arrest told after an aside keeps its passive subject
  const arrests = eventsOf('The courier, who police said was carrying forged papers, was arrested at the border on Friday.').filter((e) => e.type === 'arrest');
  assert.equal(arrests.length, 1);
});
