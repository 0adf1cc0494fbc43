// A month-day without a year shifted across the end of February lands on a day that hangs on
// the unknown year (leap or not): it keeps a coarser precision instead of a wrong day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDaysKnown } from '../../../src/pipeline/calendar.js';
import { normaliseTimes } from '../../../src/pipeline/time/index.js';
import { makeDoc, mentionOf } from './doc.js';

const lined = (text: string, date: string) => {
  const line = text.slice(0, text.indexOf(' - ') + 3);
  return makeDoc(text, { dateline: { place: 'Lisbon', text: line, date, span: { start: 0, end: line.length } } });
};

test('"LISBON, Mar 2 … said on Thursday … on Monday": Monday is a weekday, not --02-28', () => {
  const doc = lined('LISBON, Mar 2 (Wire) - The port authority said on Thursday that a crane toppled on Monday in high winds.', '--03-02');
  const ms = normaliseTimes(doc);
  assert.deepEqual(mentionOf(ms, 'Thursday').value, { iso: '--03-02', precision: 'month-day' });
  assert.deepEqual(mentionOf(ms, 'Monday').value, { iso: null, precision: 'weekday' });
});

test('"yesterday" after a year-less 1 March has no month-day', () => {
  const doc = lined('LISBON, Mar 1 (Wire) - The ferry line stopped running yesterday after a storm.', '--03-01');
  assert.equal(mentionOf(normaliseTimes(doc), 'yesterday').value.iso, null);
});

test('a year-less shift that stays clear of the end of February, or starts from 29 February, keeps its day', () => {
  assert.deepEqual(addDaysKnown({ y: null, m: 3, d: 9 }, -4), { y: null, m: 3, d: 5 });
  assert.deepEqual(addDaysKnown({ y: null, m: 2, d: 20 }, 5), { y: null, m: 2, d: 25 });
  assert.deepEqual(addDaysKnown({ y: null, m: 2, d: 29 }, 1), { y: null, m: 3, d: 1 });
  assert.equal(addDaysKnown({ y: null, m: 2, d: 27 }, 3), null);
  assert.deepEqual(addDaysKnown({ y: 2023, m: 3, d: 2 }, -4), { y: 2023, m: 2, d: 26 });
});
