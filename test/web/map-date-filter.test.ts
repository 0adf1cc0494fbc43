// The map's date filter compared ISO text, so an event dated by its year alone ("2031") failed a
// filter from March of that year ("2031" < "2031-03"), which the timeline keeps. It now uses the
// timeline's interval overlap. Plain node test, made-up events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeFilter } from '../../src/web/lib/place-filter.js';
import type { TimeValue } from '../../src/types.js';

const place = (...events: Array<[string, TimeValue | null]>) => ({
  events: events.map(([type, date], i) => ({ key: `e${i}`, type, title: 'x', date, documentCount: 1 })),
  eventTypes: [...new Set(events.map(([type]) => type))],
});
const year = (iso: string): TimeValue => ({ iso, precision: 'year' });
const month = (iso: string): TimeValue => ({ iso, precision: 'month' });
const day = (iso: string): TimeValue => ({ iso, precision: 'day' });

test('a year-dated event passes a filter from a month in that year, as on the timeline', () => {
  assert.equal(placeFilter(null, '2031-03', null)(place(['strike', year('2031')])), true);
  assert.equal(placeFilter(null, '2031-03-15', null)(place(['strike', month('2031-03')])), true);
  assert.equal(placeFilter(null, '2032', null)(place(['strike', year('2031')])), false);
});

test('a month or a year as the end takes in the whole period', () => {
  assert.equal(placeFilter(null, null, '2031-03')(place(['flood', day('2031-03-31')])), true);
  assert.equal(placeFilter(null, null, '2031-03')(place(['flood', day('2031-04-01')])), false);
  assert.equal(placeFilter(null, '2030', '2030')(place(['flood', day('2030-12-31')])), true);
});

test('undated events pass no time filter; the type filter needs one event with both', () => {
  const p = place(['flood', null], ['flood', { iso: '--06-02', precision: 'day' }], ['strike', day('2031-06-02')]);
  assert.equal(placeFilter(null, '2031', null)(p), true);
  assert.equal(placeFilter('flood', '2031', null)(p), false);
  assert.equal(placeFilter('flood', null, null)(p), true);
  assert.equal(placeFilter(null, null, null)(place()), true);
});

test('a type alone is tested on all of a place\'s event types, not only the events listed with it', () => {
  const listed = place(['flood', day('2031-06-02')]);
  assert.equal(placeFilter('arrest', null, null)({ ...listed, eventTypes: ['arrest', 'flood'] }), true);
  assert.equal(placeFilter('strike,arrest', null, null)({ ...listed, eventTypes: ['flood'] }), false);
});
