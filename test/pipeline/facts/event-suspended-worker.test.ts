// A person suspended by a body the clause names (a league, a federation) is sanctioned; one suspended with no such
// body named ("the clerk was suspended", "the manager who suspended him") is sent away from a job, a happening of no
// listed type (other). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Local news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const suspensions = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && /^suspend/.test(e.trigger.text));

test('a body suspending a player is a sanction', () => {
  const text = 'The federation suspended the striker for six matches on Friday.';
  const events = eventsOf(text);
  assert.equal(suspensions(events, 'sanction').length, 1, `${text}: ${listed(events)}`);
});

test('a worker suspended with no body named is another happening, no sanction', () => {
  for (const text of [
    'The night clerk was suspended on Friday after a row with a customer.',
    'The depot manager who suspended him on Friday refused to comment.',
  ]) {
    const events = eventsOf(text);
    assert.equal(suspensions(events, 'sanction').length, 0, `${text}: ${listed(events)}`);
    assert.equal(suspensions(events, 'other').length, 1, `${text}: ${listed(events)}`);
  }
});
