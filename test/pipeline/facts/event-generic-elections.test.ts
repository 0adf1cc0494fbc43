// Election talk that tells of no election held: a record kept over years ("have voted Democratic
// since 2000") and an occasion a purpose aims at ("need their votes to win a general election").
// Read from the grammar: a present perfect with a "since" year, the object of an infinitive of a goal
// named with "a". Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Notes from the trail\n\n${text}`).events;
}

const asserted = (text: string, types: string[]) => eventsOf(text).filter((e) => types.includes(e.type) && (e.status === 'asserted' || e.status === 'alleged')).map((e) => `${e.type}:${e.trigger.text}`);

test('a record kept since a year is no vote; one since a day keeps its event', () => {
  for (const text of ['Ohio and Iowa have voted Democratic since 2000.', 'The islanders have elected their own mayors since 1962.']) {
    assert.deepEqual(asserted(text, ['vote', 'election']), [], text);
  }
  assert.equal(asserted('Police have arrested two men since Monday.', ['arrest']).length, 1);
});

test('an election a purpose aims at, named with "a", is a goal; a given one or one won stays', () => {
  for (const text of [
    'Both parties need the votes of young farmers to win a general election.',
    'The envoy is in Oslo in an effort to broker a deal with the rebels.',
  ]) assert.deepEqual(asserted(text, ['election', 'agreement']), [], text);
  assert.equal(asserted('The Greens won the general election in 2019.', ['election']).length, 1);
  assert.equal(asserted('Troops were sent to the city to protect the election on Sunday.', ['election']).length, 1);
});
