// A page's link is read through LinkFilters: what the page cannot use is left out and named, a
// range written end first is turned round. Plain node tests of the reading, with made-up values
// (the notice itself, and each page using it, are in link-filters-pages.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinkFilters } from '../../src/web/lib/link-filters.js';

const read = (qs: string) => new LinkFilters(new URLSearchParams(qs));

test('event types: known ones kept, unknown ones left out and named', () => {
  const link = read('type=raid,meteor,strike&other=protest');
  assert.equal(link.eventTypes('type'), 'raid,strike');
  assert.equal(link.eventTypes('other'), 'protest');
  assert.deepEqual(link.ignored, ['type “meteor” (not an event type)']);
  const none = read('type=parade');
  assert.equal(none.eventTypes('type'), undefined);
  assert.deepEqual(none.ignored, ['type “parade” (not an event type)']);
});

test('a day that does not exist is left out; a date in words is read as the date fields read it', () => {
  const link = read('from=2031-02-30&to=9 May 2032');
  assert.deepEqual(link.dateRange(), { from: undefined, to: '2032-05-09' });
  assert.deepEqual(link.ignored, ['from “2031-02-30” (not a date)']);
});

test('a range written end first is turned round and said so', () => {
  const link = read('from=2033-08&to=2019');
  assert.deepEqual(link.dateRange(), { from: '2019', to: '2033-08' });
  assert.deepEqual(link.ignored, []);
  assert.match(link.swapped ?? '', /backwards \(from August 2033, to 2019\): showing 2019 to August 2033\./);
  // a month inside its year is a range, not a reversed one
  const inside = read('from=2033&to=2033-04');
  assert.deepEqual(inside.dateRange(), { from: '2033', to: '2033-04' });
  assert.equal(inside.swapped, null);
});

test('choices, years and lists: what is not among them is left out; nothing given is nothing to say', () => {
  const link = read('sort=loudest&year=83&types=PER,ALIEN,LOC');
  assert.equal(link.choice('sort', ['newest', 'oldest'], 'an order'), undefined);
  assert.equal(link.year('year'), undefined);
  assert.deepEqual(link.list('types', ['PER', 'ORG', 'LOC'], 'a type of name'), ['PER', 'LOC']);
  assert.deepEqual(link.ignored, ['sort “loudest” (not an order)', 'year “83” (not a year)', 'types “ALIEN” (not a type of name)']);
  const plain = read('sort=oldest&year=2034');
  assert.equal(plain.choice('sort', ['newest', 'oldest'], 'an order'), 'oldest');
  assert.equal(plain.year('year'), '2034');
  assert.equal(plain.list('types', ['PER'], 'a type of name'), null);
  assert.deepEqual(plain.ignored, []);
});
