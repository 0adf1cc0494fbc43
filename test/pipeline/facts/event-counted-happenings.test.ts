// Happenings a number counts, with no determiner, told with where or when they happened are news of them, as
// "a killing" is; counted over a period up to now, or as what there was, they are a tally. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const asserted = (text: string) =>
  analyseText(`World news\n\nThe weather was mild. ${text}`, { published: '2029-03-12' }).events.filter((e) => e.status === 'asserted').map((e) => e.type);

test('counted happenings with a place or a date are events', () => {
  assert.deepEqual(asserted('Officials blamed the militia for two killings near the harbour on Saturday.'), ['killing']);
  assert.deepEqual(asserted('The appeal comes after three rulings by the Federal Court in May.'), ['ruling']);
});

test('counted happenings summed up to now, or told as what there was, are a tally', () => {
  assert.deepEqual(asserted('Harbour police have logged six shootings near the docks since the spring.'), []);
  assert.deepEqual(asserted('There were eleven bombings in the province in 2027, the ministry said.'), []);
});
