// A count summed over a period up to now ("so far this year", "since January", "over the past two
// years") is a figure, not one event; a count of one happening stays an event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Analysis } from '../../../src/types.js';

function analysed(text: string): Pick<Analysis, 'events' | 'figures'> {
  return analyseText(text, { published: '2024-05-06' });
}

test('"N have died … so far this year" is a figure, not a death event', () => {
  const a = analysed('More than 300 people have died in road accidents so far this year, the transport ministry said.');
  assert.equal(a.events.filter((e) => e.type === 'death').length, 0);
  assert.ok(a.figures.some((f) => f.value === 300));
});

test('"have died … since January" and "over the past two years … have been detained" are totals', () => {
  assert.equal(analysed('Nine climbers have died on the mountain since January, rescuers said.').events.length, 0);
  assert.equal(analysed('Over the past three years, more than 40 mayors have been detained in bribery cases.').events.filter((e) => e.type === 'detention').length, 0);
});

test('a count of one happening is still an event, with or without the perfect', () => {
  const died = analysed('Two men have died in a fire at a warehouse in Leeds, police said.').events.find((e) => e.type === 'death');
  assert.equal(died?.counts.killed?.value, 2);
  const held = analysed('Police arrested 12 people in Leeds on Monday, bringing the number held this month to 40.').events.find((e) => e.type === 'arrest');
  assert.equal(held?.counts.arrested?.value, 12);
});
