// A "since" time opens a span: the date a lasting happening began, but for a one-off happening counted
// over the span (deaths, killings, arrests) only a lower bound, never the event's own date. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const LEAD = 'The harbour authority gave new figures on Friday.\n\n';

function eventsOf(text: string): EventRecord[] {
  return analyseText(LEAD + text, { published: '2026-10-16' }).events;
}

const dated = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.date?.iso ?? null}`).join(', ');

test('deaths counted since a spill on a given day are not dated to that day', () => {
  const events = eventsOf('At least 40 seabirds had died since the spill on 14 October, officials said.');
  const death = events.find((e) => e.type === 'death');
  assert.ok(death, dated(events));
  assert.notEqual(death.date?.iso, '2026-10-14', dated(events));
});

test('killings counted since a date take no date from it, while a detention since then began that day', () => {
  const events = eventsOf('Since 3 September, the militia has detained the two farmers and killed three villagers.');
  const killing = events.find((e) => e.type === 'killing');
  assert.ok(killing, dated(events));
  assert.notEqual(killing.date?.iso, '2026-09-03', dated(events));
  assert.equal(events.find((e) => e.type === 'detention')?.date?.iso, '2026-09-03', dated(events));
});

test('a state held since a date keeps that date as its start', () => {
  const events = eventsOf('The two reporters have been detained since 3 September.');
  assert.equal(events.find((e) => e.type === 'detention')?.date?.iso, '2026-09-03', dated(events));
});

test('an arrest on a day of its own keeps it, not the day of the attack it follows', () => {
  const events = eventsOf('Two men were arrested on Monday, two days after the attack on Saturday.');
  assert.equal(events.find((e) => e.type === 'arrest')?.date?.iso, '2026-10-12', dated(events));
});

test('a condition that has lasted since a month keeps that month, WordNet calling it a state', () => {
  const events = eventsOf('Farmers have struggled with the drought since early January.');
  const drought = events.find((e) => e.trigger.text === 'drought');
  assert.ok(drought, dated(events));
  assert.equal(drought.date?.iso, '2026-01', dated(events));
});

test('killings counted since a year under a clause of another day take neither the year nor that day', () => {
  const events = eventsOf('Flowers were laid on Sunday for the nine people killed and 20 people hurt in riots since 2019.');
  const killing = events.find((e) => e.type === 'killing');
  assert.ok(killing, dated(events));
  assert.equal(killing.date, null, dated(events));
});

test('purchases made between two days are dated to neither end of the range', () => {
  const events = eventsOf('The fund said it bought 40,000 shares of the brewer between 2 September and 9 October.');
  const bought = events.find((e) => e.trigger.text === 'bought');
  assert.ok(bought, dated(events));
  assert.equal(bought.date, null, dated(events));
});

test('a clause of "when" right after the since time tells what happened then', () => {
  const events = eventsOf('It was the first visit by inspectors since last June, when gunmen killed a guard at the gate.');
  const killing = events.find((e) => e.type === 'killing');
  assert.ok(killing, dated(events));
  assert.equal(killing.date?.iso, '2026-06', dated(events));
});
