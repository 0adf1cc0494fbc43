// A participle in an aside set off by commas just before the verb ("Ann Holt, famed for her ballads, died")
// describes the subject: the verb after it is still the clause's own. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Obituaries\n\n${text}`, { published: '2029-03-12' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('an aside with a participle between the subject and its verb keeps the verb\'s event', () => {
  for (const text of [
    'The fiddler Marta Koss, famed for her reels, died on Sunday at her home in Bergen.',
    'Former mayor Olav Dahl, remembered for the harbour bridge, died on Sunday in Bergen.',
  ]) {
    const events = eventsOf(text);
    assert.ok(events.some((e) => e.type === 'death' && e.status === 'asserted'), `${text}: ${listed(events)}`);
  }
});
