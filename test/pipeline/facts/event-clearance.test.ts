// A regulator approving a deal, or a board or a regulator authorizing one, and visas or permits approved or granted, are a step of their own
// (type other, theme clearance), apart from the deal; authorizing force or approving a plan is none, and a board approving
// a deal still votes on it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Company news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.theme ?? ''}:${e.trigger.text}:${e.status}`).join(', ');
const clearances = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.theme === 'clearance');

test('a deal approved by a regulator or authorized is a clearance, one event with the deal it clears', () => {
  for (const [text, trigger] of [
    ['Competition regulators in Oslo have approved Hollis Motors’ takeover of a minority stake in Borr Mining.', 'approved'],
    ['The directors of Acme Foods authorized a 2-for-1 split of the common stock on Tuesday.', 'authorized'],
    ['The board of Borr Mining also authorized the purchase of up to two million of its own shares.', 'authorized'],
  ]) {
    const events = eventsOf(text);
    const found = clearances(events);
    assert.equal(found.length, 1, `${text}: ${listed(events)}`);
    assert.equal(found[0].trigger.text, trigger);
    // the deal is what the clearance is about, not a second happening
    assert.equal(events.filter((e) => e.type === 'other').length, 1, `${text}: ${listed(events)}`);
  }
});

test('visas or permits approved or granted are a clearance', () => {
  for (const text of [
    'Entry visas for the two engineers were approved by the embassy on Friday.',
    'The ministry granted the mining company a permit for the new quarry last week.',
  ]) {
    const events = eventsOf(text);
    assert.equal(clearances(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('force authorized, a plan approved or a deal approved by its board is no clearance', () => {
  for (const text of [
    'The city council approved the new bus timetable on Sunday.',
    'The president authorized the use of force against the smugglers.',
    "Hollis Motors' board approved the merger with Borr Mining on Monday.",
  ]) {
    const events = eventsOf(text);
    assert.equal(clearances(events).length, 0, `${text}: ${listed(events)}`);
  }
});
