// Riots are protests; a protest word the tagger reads as an adjective on a thing ("riot police", "protest
// leaders") names none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const protests = (events: EventRecord[]) => events.filter((e) => e.type === 'protest');

test('a riot is a protest', () => {
  for (const text of [
    'The riots that shook the port city last week left two shops burnt out.',
    'Riots broke out in two northern towns after the verdict on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(protests(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a protest word modifying a thing names no protest', () => {
  for (const text of [
    'Officers in riot gear closed the bridge on Tuesday.',
    'On Friday the protest organisers handed a letter to the governor.',
  ]) {
    const events = eventsOf(text);
    assert.equal(protests(events).length, 0, `${text}: ${listed(events)}`);
  }
});
