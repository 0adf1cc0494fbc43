// A verb's particle the parse reads as the preposition of the noun after it ("gunned down three customers"), or
// keeps while hanging that noun as a bare adverbial, still leaves the noun the verb's object. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

test('a second verb after a comma keeps the noun after its particle as its object', () => {
  for (const text of [
    'The intruder came back on Sunday night, gunned down two cashiers and leaving a porter wounded.',
    'The gunman walked into the bar, gunned down three customers and fled.',
  ]) {
    const killings = eventsOf(text).filter((e) => e.type === 'killing' && e.status === 'asserted');
    assert.equal(killings.length, 1, text);
  }
});

test('an object the parse already reads stays the only one', () => {
  const killing = eventsOf('A sniper gunned down a guard at the gate on Friday.').find((e) => e.type === 'killing');
  assert.deepEqual(killing?.targets.map((t) => t.text), ['a guard']);
});
