// A candlelit vigil is a public gathering that mourns and makes a stand: a protest. A family's vigil, or a vigil
// at a bedside, is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const vigils = (events: EventRecord[]) => events.filter((e) => /^vigil/i.test(e.trigger.text));

test('a candlelit vigil is a protest', () => {
  for (const text of [
    'About 300 students held a candlelit vigil outside the town hall on Tuesday.',
    'A candle-lit vigil for the cyclist blocked the bridge for an hour on Friday.',
  ]) {
    const events = vigils(eventsOf(text));
    assert.deepEqual(events.map((e) => e.type), ['protest'], `${text}: ${listed(events)}`);
  }
});

test('a vigil by a bedside or at a family home is no protest', () => {
  for (const text of [
    'His sisters kept a vigil by his hospital bed all week.',
    'Relatives will hold a vigil at the farmhouse on Sunday.',
  ]) {
    const events = vigils(eventsOf(text));
    assert.equal(events.length, 0, `${text}: ${listed(events)}`);
  }
});
