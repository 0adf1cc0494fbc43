// A stock split a board declares or authorizes, and a company redeeming its own debentures, notes or preferred
// shares, are happenings of a company's own (type other); any other split or redemption is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Company news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const others = (events: EventRecord[], word: RegExp) => events.filter((e) => e.type === 'other' && word.test(e.trigger.text));

test('a split a board authorizes or declares is a happening', () => {
  for (const text of [
    'Acme Corp. directors authorized a 2-for-1 split of the common stock, payable June 3.',
    'The board of Borr Inc. declared a three-for-two stock split on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(others(events, /split/i).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a party or a vote split is no stock split', () => {
  for (const text of ['The governing party split over the budget on Friday.', 'The jury was split on the verdict, a lawyer said.']) {
    const events = eventsOf(text);
    assert.equal(others(events, /split/i).length, 0, `${text}: ${listed(events)}`);
  }
});

test('a company redeeming its own notes or preferred shares is a happening', () => {
  for (const text of [
    'Borr Inc. said it will redeem its 7% notes due 2031 on July 1.',
    'Acme Corp. redeemed all its outstanding preferred shares on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(others(events, /redeem/i).length, 1, `${text}: ${listed(events)}`);
  }
});

test('vouchers, a person or a right to redeem are no redemption', () => {
  for (const text of [
    'Shoppers can redeem the vouchers at any store in the town.',
    'The striker redeemed himself with a late goal on Saturday.',
    'Borr said the notes pay 6% a year, but that the company has the option to redeem the notes before 2030.',
  ]) {
    const events = eventsOf(text);
    assert.equal(others(events, /redeem/i).length, 0, `${text}: ${listed(events)}`);
  }
});
