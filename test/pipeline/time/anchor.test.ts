import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentAnchor } from '../../../src/pipeline/time/index.js';
import { makeDoc, published } from './doc.js';

test('the published date is the anchor', () => {
  assert.deepEqual(documentAnchor(makeDoc('Nothing dated here.', published('2017-01-05'))),
    { iso: '2017-01-05', precision: 'day', origin: 'published' });
});

test('else the dateline; a month-day dateline keeps the bound from the text beside it', () => {
  const doc = makeDoc('KAZAN, October 21. The rule was adopted on 29 December 2014.', {
    dateline: { place: 'Kazan', text: 'KAZAN, October 21', date: '--10-21' },
  });
  assert.deepEqual(documentAnchor(doc), { iso: '--10-21', precision: 'month-day', origin: 'dateline', notBefore: '2014-12-29' });
});

test('else only a lower bound: the latest date the text states with its year', () => {
  const doc = makeDoc('The bridge opened on 14 June 2016. On the night of January 1, 2017, it was closed again. Officials met in 2015.');
  assert.deepEqual(documentAnchor(doc), { iso: null, precision: 'none', notBefore: '2017-01-01', origin: 'latest-explicit' });
});

test('dates the text looks forward to do not bound the document date', () => {
  const doc = makeDoc('The talks were held in March 2016. The plant will open in 2030. Emissions must fall by 2040.');
  assert.equal(documentAnchor(doc).notBefore, '2016-03');
});

test('no date at all: origin none', () => {
  assert.deepEqual(documentAnchor(makeDoc('The ministry said on Thursday it was pleased.')), { iso: null, precision: 'none', origin: 'none' });
});

test('a dateline with a year beats a published date without one', () => {
  const doc = makeDoc('Talks resumed.', {
    published: { value: '--10-21', precision: 'month-day' },
    dateline: { place: 'Kazan', text: 'KAZAN, Oct 21, 2016', date: '2016-10-21' },
  });
  assert.deepEqual(documentAnchor(doc), { iso: '2016-10-21', precision: 'day', origin: 'dateline' });
});
