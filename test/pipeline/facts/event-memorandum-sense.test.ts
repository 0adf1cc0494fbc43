// A memorandum is an agreement only as one "of understanding" (or of agreement) or when parties sign or reach it;
// a memorandum an official issues or sends is a note. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const agreements = (events: EventRecord[]) => events.filter((e) => e.type === 'agreement' && /^memorand/.test(e.trigger.text));

test('a memorandum of understanding, or one two parties sign, is an agreement', () => {
  for (const text of [
    'Norway and Chile signed a memorandum on fishing rights in Oslo on Friday.',
    'The two ports agreed a memorandum of understanding on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(agreements(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a memorandum an official issues or sends is no agreement', () => {
  for (const text of [
    'The governor issued a memorandum that halts the new grazing rule.',
    'The minister sent a memorandum to all schools on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(agreements(events).length, 0, `${text}: ${listed(events)}`);
  }
});
