// A company redeeming its own debentures, notes or preferred shares is a happening of its own (type other); vouchers,
// a person or a right to redeem are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Company news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const redemptions = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /redeem/i.test(e.trigger.text));

test('a company redeeming its own notes or preferred shares is a happening', () => {
  for (const text of [
    'Borr Inc. said it will redeem its 7% notes due 2031 on July 1.',
    'Acme Corp. redeemed all its outstanding preferred shares on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(redemptions(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('vouchers, a person or a right to redeem are no redemption', () => {
  for (const text of [
    'Shoppers can redeem the vouchers at any store in the town.',
    'The striker redeemed himself with a late goal on Saturday.',
    'Borr said the notes pay 6% a year, but that the company has the option to redeem the notes before 2030.',
  ]) {
    const events = eventsOf(text);
    assert.equal(redemptions(events).length, 0, `${text}: ${listed(events)}`);
  }
});
