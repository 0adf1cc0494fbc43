// A body issuing its records, rules or a software fix puts them out (type other, theme release), as releasing them
// does; a statement, a warning, shares or visas issued are no event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const issued = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^issu/.test(e.trigger.text));

test('issuing a fix, regulations or a finding is a happening', () => {
  for (const text of [
    'The software maker issued an emergency patch for its mail client on Tuesday.',
    'The water authority issued its final regulations on river dredging on Thursday.',
    'The planning board issued a finding on the quarry late on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(issued(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('issuing a statement, a warning, shares or visas is no happening', () => {
  for (const text of [
    'The ferry company issued a statement on Friday.',
    'Coastguards issued a warning to sailors on Sunday.',
    'The brewer issued 4 million new shares last week.',
    'The embassy issued visas to the whole choir.',
  ]) {
    const events = eventsOf(text);
    assert.equal(issued(events).length, 0, `${text}: ${listed(events)}`);
  }
});
