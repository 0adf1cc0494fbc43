// A number that starts a range of days ("from 3 to 10 September") belongs to the date, never to a count.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const killed = (text: string) => analyseText(text, { published: '2026-10-16' }).events.find((e) => e.counts.killed)?.counts.killed?.value;

test('the first day of a date range is not counted', () => {
  assert.equal(killed('Soldiers killed 12 villagers from 3 to 10 September.'), 12);
  assert.equal(killed('Soldiers killed 12 villagers between 3 and 10 September.'), 12);
  assert.equal(killed('Soldiers killed 12 villagers from September 3 to 10.'), 12);
  assert.equal(killed('Soldiers killed 12 villagers on 3-10 September.'), 12);
});
