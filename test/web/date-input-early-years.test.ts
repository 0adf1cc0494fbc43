// Years below 1000 were written without their leading zeros ("999-03", not ISO) and days in them
// checked against the 1900s (Date.UTC reads 0–99 as 1900–1999). Plain node test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateInput } from '../../src/web/lib/date-input.js';

const iso = (text: string) => {
  const r = parseDateInput(text);
  return r && 'iso' in r ? r.iso : r;
};

test('a year below 1000 keeps its four digits', () => {
  assert.equal(iso('0999'), '0999');
  assert.equal(iso('0999-3'), '0999-03');
  assert.equal(iso('0050-03-03'), '0050-03-03');
  assert.equal(iso('March 0812'), '0812-03');
  assert.equal(iso('4 July 0812'), '0812-07-04');
  assert.equal(iso('25/12/0800'), '0800-12-25');
});

test('days are checked in the year written, not in the 1900s', () => {
  // The year 0 was a leap year (proleptic Gregorian), 1900 was not; 0100 was not either.
  assert.equal(iso('0000-02-29'), '0000-02-29');
  assert.equal(iso('29 February 0000'), '0000-02-29');
  const r = parseDateInput('0100-02-29');
  assert.ok(r && 'error' in r, JSON.stringify(r));
});
