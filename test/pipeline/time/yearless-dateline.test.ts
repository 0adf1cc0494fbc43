import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentAnchor, normaliseTimes } from '../../../src/pipeline/time/index.js';
import { makeDoc, mentionOf } from './doc.js';

// A dateline with month and day but no year, written in the text as the extract stage leaves it.
const lined = (text: string, date: string) => {
  const line = text.slice(0, text.indexOf(' - ') + 3);
  return makeDoc(text, { dateline: { place: 'Lisbon', text: line, date, span: { start: 0, end: line.length } } });
};

test('"said on Thursday" in the lede gives a year-less dateline its weekday; other weekdays count from it, year unknown', () => {
  const doc = lined('LISBON, Sept 11 (Wire) - Port officials said on Thursday that two cranes collapsed on Monday during a storm. Repairs began yesterday.', '--09-11');
  const anchor = documentAnchor(doc);
  assert.equal(anchor.iso, '--09-11');
  assert.equal(anchor.weekday, 4);
  const ms = normaliseTimes(doc);
  assert.deepEqual(mentionOf(ms, 'Thursday').value, { iso: '--09-11', precision: 'month-day' });
  assert.deepEqual(mentionOf(ms, 'Monday').value, { iso: '--09-08', precision: 'month-day' });
  assert.deepEqual(mentionOf(ms, 'yesterday').value, { iso: '--09-10', precision: 'month-day' });
});

test('a weekday of what happened (not of a saying) does not date the dateline', () => {
  const doc = lined('LISBON, Sept 11 (Wire) - Two cranes collapsed at the port on Wednesday, officials said.', '--09-11');
  assert.equal(documentAnchor(doc).weekday, undefined);
  assert.deepEqual(mentionOf(normaliseTimes(doc), 'Wednesday').value, { iso: null, precision: 'weekday' });
});

test('two different weekdays of saying in the lede: no weekday for the dateline', () => {
  const doc = lined('LISBON, Sept 11 (Wire) - The mayor said on Tuesday and the harbour master told reporters on Thursday that the quay was shut.', '--09-11');
  assert.equal(documentAnchor(doc).weekday, undefined);
});

test('a year-less dateline never gets a guessed year, and "yesterday" is still the day before', () => {
  const doc = lined('LISBON, Feb 1 (Wire) - The ferry line stopped running yesterday after its only boat ran aground in 2023.', '--02-01');
  const anchor = documentAnchor(doc);
  assert.equal(anchor.iso, '--02-01');
  assert.equal(anchor.notBefore, '2023');
  assert.deepEqual(mentionOf(normaliseTimes(doc), 'yesterday').value, { iso: '--01-31', precision: 'month-day' });
});

test('the same when the extract stage took the dateline\'s month-day as the published date', () => {
  const text = 'OSLO, May 5 (Wire) - The ministry announced on Monday that the tunnel reopened on Saturday.';
  const doc = makeDoc(text, {
    published: { value: '--05-05', precision: 'month-day' },
    dateline: { place: 'Oslo', text: 'OSLO, May 5 (Wire) - ', date: '--05-05', span: { start: 0, end: 21 } },
  });
  assert.equal(documentAnchor(doc).weekday, 1);
  assert.deepEqual(mentionOf(normaliseTimes(doc), 'Saturday').value, { iso: '--05-03', precision: 'month-day' });
});
