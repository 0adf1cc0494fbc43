// A guilty verdict convicts (the dev gold's conviction); a not-guilty verdict, or a verdict not said to be either,
// stays a ruling (data/event-senses.json). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Court report\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('a guilty verdict is a conviction', () => {
  const events = eventsOf('After two days of deliberation the jurors delivered a guilty verdict against the former harbour master.');
  assert.ok(events.some((e) => e.type === 'conviction' && e.trigger.text === 'verdict'), listed(events));
});

test('a not-guilty verdict, or a bare verdict, stays a ruling', () => {
  for (const text of ['The panel handed down a not guilty verdict for the ferry operator on Thursday.', 'The jurors delivered their verdict against the ferry operator on Thursday.']) {
    const events = eventsOf(text);
    assert.ok(!events.some((e) => e.type === 'conviction'), `${text}: ${listed(events)}`);
  }
});
