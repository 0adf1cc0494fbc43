// A date range whose end comes before its start is refused with the reason, not read as asked:
// the timeline, the map and search showed "0 from 2031 to 2027" and nothing else. Plain node
// tests of the check the three forms share, with made-up dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reversedRange } from '../../src/web/lib/date-input.js';

test('an end before the start is named, in words', () => {
  assert.equal(reversedRange('2031', '2027'), 'The range ends before it starts: 2027 is before 2031.');
  assert.match(reversedRange('2030-06-14', '2030-06-02') ?? '', /2 June 2030 is before 14 June 2030/);
  assert.match(reversedRange('2030-07', '2030-06-30') ?? '', /before July 2030/);
});

test('a range of one day, a month within its year or a year around its days is a range', () => {
  assert.equal(reversedRange('2030-06-14', '2030-06-14'), null);
  assert.equal(reversedRange('2030', '2030-03'), null, 'January to March 2030');
  assert.equal(reversedRange('2030-03-09', '2030'), null, '9 March to the end of 2030');
  assert.equal(reversedRange('2029-12-31', '2030-01'), null);
});

test('an open end is no range to check', () => {
  assert.equal(reversedRange(undefined, '2027'), null);
  assert.equal(reversedRange('2031', undefined), null);
});
