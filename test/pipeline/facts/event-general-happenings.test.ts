// General happenings the parse hides: a main verb the parse hangs on a relative clause ("The farmer who kept
// bees died Monday"), a killing told as a noun inside a charge or as a cause, a fire that destroyed something.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

/** A first line the pipeline may read as a headline, so the sentence under test is body text. */
const LEAD = 'The report was published on Tuesday.\n\n';

function eventsOf(text: string): EventRecord[] {
  return analyseText(LEAD + text, { published: '2024-05-14' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test('a main verb the parse hangs on a relative clause keeps the described noun as its subject', () => {
  for (const text of [
    'The old beekeeper who sold honey at the market for thirty years died Monday in hospital.',
    'Harold Pemberton, the retired sailor who rowed across the bay every summer, died in his sleep on Sunday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'death').length, 1, `${text}: ${listed(events)}`);
  }
});
