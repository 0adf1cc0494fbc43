// A relative clause that says when an event noun is held gives its date and says whether it is still
// to come, even where the parse hangs it on a noun of the event's own "of" phrase. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string, published: string): EventRecord[] {
  return analyseText(text, { published }).events;
}

test('"a meeting of X that will be held on Saturday" is planned for that Saturday', () => {
  const e = eventsOf('Bond traders are waiting for a meeting of the ECB that will be held in Frankfurt on Saturday.', '2019-05-06').find((x) => x.type === 'meeting');
  assert.equal(e?.status, 'planned');
  assert.equal(e?.date?.iso, '2019-05-11');
});

test('"a meeting of X that was held on Monday" happened that Monday', () => {
  const e = eventsOf('Envoys came home from a meeting of NATO that was held in Brussels on Monday.', '2019-05-08').find((x) => x.type === 'meeting');
  assert.equal(e?.status, 'asserted');
  assert.equal(e?.date?.iso, '2019-05-06');
});
