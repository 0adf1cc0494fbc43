// Two clauses of one family in one sentence are one event only when they can be: their own dates,
// places and named people must agree. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.place?.text ?? '-'}`).join(', ');

test('two arrests told in one sentence, at different places on different days, are two events', () => {
  const events = eventsOf('The inquiry widened this week. Officers arrested two men in Leeds on Monday and a woman was arrested in York on Tuesday.');
  const arrests = events.filter((e) => e.type === 'arrest');
  assert.deepEqual(arrests.map((e) => e.place?.text).sort(), ['Leeds', 'York'], listed(events));
});

test('an arrest and a detention of different named people in one sentence are two events', () => {
  const events = eventsOf('The inquiry widened this week. Officers arrested Tomas Varga and later detained Irena Sokol.');
  assert.equal(events.filter((e) => e.type === 'arrest' || e.type === 'detention').length, 2, listed(events));
});

test('an arrest and a detention of the same men in one sentence stay one event', () => {
  const events = eventsOf('The inquiry widened this week. Officers arrested two men in Leeds on Monday and detained them overnight.');
  assert.equal(events.filter((e) => e.type === 'arrest' || e.type === 'detention').length, 1, listed(events));
});
