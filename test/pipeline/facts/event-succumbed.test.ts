// "Succumbed to" an illness, wounds or injuries is a death; to pressure or temptation, giving in, no event.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Obituaries\n\n${text}`, { published: '2031-03-11' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') || 'none';

test('one who succumbed to an illness or wounds died', () => {
  for (const text of ['The retired harpist succumbed to cancer at her home in Bray on Sunday.', 'A ferry hand succumbed to his injuries in hospital two days after the crash.']) {
    const events = eventsOf(text);
    assert.ok(events.some((e) => e.type === 'death' && e.trigger.text === 'succumbed'), `${text}: ${listed(events)}`);
  }
});

test('one who succumbed to pressure gave in: no event', () => {
  const text = 'The council finally succumbed to pressure from shopkeepers over the parking fees.';
  const events = eventsOf(text);
  assert.equal(events.filter((e) => e.trigger.text === 'succumbed').length, 0, `${text}: ${listed(events)}`);
});
