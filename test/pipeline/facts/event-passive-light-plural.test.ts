// Happenings a light verb's passive makes happen, told in the plural ("over 30 arrests have been made",
// "raids were carried out"), are reported as the active "made 30 arrests" is; the plural named with
// "the" stays a re-mention, and one not told as done stays no event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('plural happenings a told-as-done passive light verb makes are events', () => {
  for (const [text, type] of [
    ['Since the flood, more than 40 arrests have been made for looting in the valley towns.', 'arrest'],
    ['Raids were carried out at three warehouses after the customs tip-off.', 'raid'],
  ] as const) {
    const events = eventsOf(text);
    assert.ok(events.some((e) => e.type === type && e.status === 'asserted'), `${text}: ${listed(events)}`);
  }
});

test('the same plural after "the", or not told as done, adds no event', () => {
  for (const text of ['The arrests were made by harbour police.', 'Arrests are made there every weekend.', 'No arrests were made after the match.']) {
    const events = eventsOf(text);
    assert.ok(!events.some((e) => e.type === 'arrest' && e.status === 'asserted'), `${text}: ${listed(events)}`);
  }
});
