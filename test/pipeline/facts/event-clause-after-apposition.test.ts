// "Mary Kline, a lawyer, resigned": where the parse hangs the sentence's verb on the apposition as a relative clause
// or a modifier with no subject of its own, the name is still who did it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.actors.map((a) => a.text).join('+')}`).join(', ');

test('a name with an apposition before a verb that takes no object is its doer', () => {
  for (const [text, who] of [
    ['Mary Kline, a lawyer, resigned on Monday.', 'Mary Kline'],
    ['Tom Hale, the bank manager, resigned on Friday.', 'Tom Hale'],
  ]) {
    const events = eventsOf(text).filter((e) => e.type === 'resignation');
    assert.equal(events.length, 1, `${text}: ${listed(eventsOf(text))}`);
    assert.ok(events[0].actors.some((a) => a.text.includes(who)), `${text}: ${listed(events)}`);
  }
});

test('a relative clause with its own relative word stays a description', () => {
  const text = 'Mary Kline, a lawyer who resigned in 2019, spoke at the meeting on Monday.';
  const events = eventsOf(text).filter((e) => e.type === 'resignation');
  assert.ok(events.every((e) => e.actors.every((a) => !a.text.includes('meeting'))), `${text}: ${listed(events)}`);
});
