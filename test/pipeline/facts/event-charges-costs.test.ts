// Charges a company takes, records or books are costs in its accounts, not accusations; charges brought
// against or faced by someone still are. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Business news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const charges = (events: EventRecord[]) => events.filter((e) => e.type === 'charge');

test('charges taken, recorded or booked by a company are no accusation', () => {
  for (const text of [
    'Quarterly profit was lifted by charges taken in the year-earlier quarter.',
    'The brewer booked charges for two plant closures last year.',
  ]) {
    const events = eventsOf(text);
    assert.equal(charges(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('charges brought against or faced by a person are still an accusation', () => {
  for (const text of ['Prosecutors brought charges against the mayor in Leeds on Sunday.', 'The mayor faces charges of fraud after the inquiry.']) {
    const events = eventsOf(text);
    assert.equal(charges(events).length, 1, `${text}: ${listed(events)}`);
  }
});
