// Date filters are typed in words and shown back in the UI's words (a browser's date input showed
// "mm/dd/yyyy" beside dates written "3 March 2025", and took no month or year alone). Plain node
// tests of the reading, with made-up dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInWords, parseDateInput } from '../../src/web/lib/date-input.js';

const iso = (text: string) => {
  const r = parseDateInput(text);
  return r && 'iso' in r ? r.iso : r;
};

test('days, months and years as people write them', () => {
  assert.equal(iso('7 August 2031'), '2031-08-07');
  assert.equal(iso('7th of Aug. 2031'), '2031-08-07');
  assert.equal(iso('August 7, 2031'), '2031-08-07');
  assert.equal(iso('  sept 2031 '), '2031-09');
  assert.equal(iso('2031'), '2031');
  assert.equal(iso('2031-8'), '2031-08');
  assert.equal(iso('2031-08-07'), '2031-08-07');
  assert.equal(iso('27/8/2031'), '2031-08-27');
  assert.equal(iso('8/27/2031'), '2031-08-27');
  assert.equal(iso('5.5.2031'), '2031-05-05');
  assert.equal(iso(''), null);
});

test('a date it cannot read, or could read two ways, says so instead of guessing', () => {
  for (const text of ['4/5/2031', '31 June 2031', '2031-13', 'next Tuesday', 'Ma 2031']) {
    const r = parseDateInput(text);
    assert.ok(r && 'error' in r, `${text}: ${JSON.stringify(r)}`);
  }
  const r = parseDateInput('4/5/2031');
  assert.match(r && 'error' in r ? r.error : '', /day\/month or month\/day/);
});

test('a filter value shows in words', () => {
  assert.equal(dateInWords('2031-08-07'), '7 August 2031');
  assert.equal(dateInWords('2031-08'), 'August 2031');
  assert.equal(dateInWords('2031'), '2031');
  assert.equal(dateInWords(undefined), '');
});
