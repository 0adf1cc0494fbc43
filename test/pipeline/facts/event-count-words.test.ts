// An event count read from one vague number keeps the source's words ("dozens"), so no view has
// to say "more than 12 killed"; a count summed from several numbers keeps none, since no words in
// the text state the sum. Merging and conflict checks still compare only the value. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

function countOf(text: string, key: keyof EventRecord['counts']) {
  const c = eventsOf(text).find((e) => e.counts[key])?.counts[key];
  assert.ok(c, `${text}: no ${key} count`);
  return c;
}

test('a count from one vague number keeps its words, as written', () => {
  const killed = countOf('Dozens of villagers were killed when the dam burst near Tarvik on Tuesday.', 'killed');
  assert.deepEqual(killed, { value: 12, qualifier: 'more_than', vagueWords: 'Dozens' }, 'the value stays the bound, for merging');
  assert.equal(countOf('The soldiers detained scores of fishermen off the coast on Wednesday.', 'detained').vagueWords, 'scores');
  assert.equal(countOf('Riot police arrested hundreds of students in the square on Saturday.', 'arrested').vagueWords, 'hundreds');
});

test('an exact count, or a sum of several numbers, has no words', () => {
  assert.equal(countOf('At least nine miners were killed when the shaft flooded on Sunday.', 'killed').vagueWords, undefined);
  const sum = countOf('Dozens of men and 15 women were arrested at the depot on Monday.', 'arrested');
  assert.equal(sum.value, 27, 'the count is the sum of both numbers');
  assert.equal(sum.vagueWords, undefined, '"Dozens" does not say 27');
});

test('a vague number standing alone is the count of those it happened to', () => {
  assert.deepEqual(countOf('Dozens were killed when the old footbridge at Marrow Creek gave way on Sunday.', 'killed'), { value: 12, qualifier: 'more_than', vagueWords: 'Dozens' });
  assert.equal(countOf('Border guards detained hundreds near the crossing at Velno on Friday.', 'detained').vagueWords, 'hundreds');
});

test('a vague number that counts no one is no count', () => {
  const events = eventsOf('Supporters came in their thousands on Sunday, and police arrested two men outside the stadium in Pelton.');
  const arrested = events.find((e) => e.counts.arrested)?.counts.arrested;
  assert.equal(arrested?.value, 2, 'the arrest counts the two men, not "their thousands"');
  assert.equal(events.some((e) => Object.values(e.counts).some((c) => c?.value === 1000)), false);
});
