// An event count keeps its bound in the source's words, as a figure does ("nearly 40 killed", never
// "up to 40 killed"), and every view of counts shows them: the event page and timeline (formatCount),
// the CLI (countAmount) and the exports (qualifierWords). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Count, EventRecord } from '../../../src/types.js';
import { formatCount } from '../../../src/web/lib/format.js';
import { countAmount } from '../../../src/vague-amount.js';
import { qualifierWords } from '../../../src/export/event-counts.js';

function countOf(text: string, key: keyof EventRecord['counts']): Count {
  const c = analyseText(text).events.find((e) => e.counts[key])?.counts[key];
  assert.ok(c, `${text}: no ${key} count`);
  return c;
}

test('a count keeps the words of its bound where they are not how the qualifier reads', () => {
  const killed = countOf('Nearly 40 passengers were killed when the ferry capsized off Morvan on Friday.', 'killed');
  assert.deepEqual(killed, { value: 40, qualifier: 'up_to', qualifierWords: 'nearly' });
  assert.equal(countAmount('killed', killed), 'nearly 40 killed');
  assert.equal(formatCount(killed), 'nearly 40');
  assert.equal(qualifierWords(killed), 'nearly');
  const arrested = countOf('Police arrested fewer than 20 fans after the final on Sunday.', 'arrested');
  assert.equal(countAmount('arrested', arrested), 'fewer than 20 arrested');
});

test('a bound written as the qualifier reads keeps no words of its own', () => {
  const killed = countOf('At least nine miners were killed when the shaft flooded on Sunday.', 'killed');
  assert.deepEqual(killed, { value: 9, qualifier: 'at_least' });
  assert.equal(formatCount(killed), 'at least 9');
  assert.equal(qualifierWords({ value: 3, qualifier: 'up_to' }), 'up to');
});
