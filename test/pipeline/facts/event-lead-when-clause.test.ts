// A lead sentence whose main verb frames an event its "when" clause tells ("lost a piece of its heritage when
// a fire destroyed the creamery") holds that event only: the framing verb is no happening of its own. A lead
// with no event word still proposes its main deed. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(lead: string): EventRecord[] {
  return analyseText(`Creamery news\n\nJune 9, 2031\n\n${lead}`, { published: '2031-06-10' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') || 'none';

test('a lead verb that a when-clause event hangs on is not proposed', () => {
  const events = eventsOf('Vermont lost a piece of its heritage early on Tuesday when an overnight fire destroyed the old creamery in Barre.');
  assert.deepEqual(events.map((e) => e.trigger.text), ['fire'], listed(events));
});

test('a lead with no event word still proposes its main deed', () => {
  const events = eventsOf('The Barre co-operative reopened its old creamery on Tuesday after a two-year refit.');
  assert.ok(events.some((e) => e.trigger.text === 'reopened'), listed(events));
});
