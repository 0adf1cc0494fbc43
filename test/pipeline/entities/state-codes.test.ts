// A US postal state code after a name and a comma is the state, and the name a place in it.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { placesBeforeStateCode } from '../../../src/pipeline/entities/state-codes.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);
const codes = new Set(['NJ', 'CA', 'IN', 'OR']);

test('"Town, NJ" in a tour list: the town and the state are places', () => {
  const text = 'May 3 - Brackwell, NJ @ Fernhill Arena May 5 - Dunmore Springs, CA @ Pelham Hall';
  const out = placesBeforeStateCode(text, [at(text, 'Brackwell', 'PER'), at(text, 'NJ', 'ORG'), at(text, 'Fernhill Arena', 'LOC'), at(text, 'Dunmore Springs', 'ORG'), at(text, 'Pelham Hall', 'LOC')], codes);
  assert.deepEqual(shown(out), ['LOC:Brackwell', 'LOC:NJ', 'LOC:Fernhill Arena', 'LOC:Dunmore Springs', 'LOC:CA', 'LOC:Pelham Hall']);
});

test('a code the tagger ran into the next date is cut back to the code; a missed one is added', () => {
  const text = 'Fernhill Arena, Corliss, IN Sept. 4 -- Pelham Hall, Ardsley, NJ Sept. 6';
  const out = placesBeforeStateCode(text, [at(text, 'Fernhill Arena', 'LOC'), at(text, 'Corliss', 'PER'), at(text, 'IN Sept.', 'ORG'), at(text, 'Pelham Hall', 'LOC'), at(text, 'Ardsley', 'PER')], codes);
  assert.deepEqual(shown(out), ['LOC:Fernhill Arena', 'LOC:Corliss', 'LOC:IN', 'LOC:Pelham Hall', 'LOC:Ardsley', 'LOC:NJ']);
});

test('never alone, never after a titled name, never a longer capitalised word or a name run on', () => {
  const text = 'IN the end Mr Brackwell, CA said no. Tallis, NJT rail staff and Orwen, OR Partners agreed.';
  const ms = [{ ...at(text, 'Mr Brackwell', 'PER'), title: 'Mr' }, at(text, 'CA', 'ORG'), at(text, 'Tallis', 'PER'), at(text, 'NJT', 'ORG'), at(text, 'Orwen', 'PER'), at(text, 'OR Partners', 'ORG')];
  assert.deepEqual(shown(placesBeforeStateCode(text, ms, codes)), shown(ms));
});

test('a list of acronyms is no town and its state', () => {
  const text = 'Scanners for X-ray, MRT, CA and PET were sold.';
  const ms = [at(text, 'MRT', 'ORG'), at(text, 'CA', 'ORG'), at(text, 'PET', 'ORG')];
  assert.deepEqual(shown(placesBeforeStateCode(text, ms, codes)), shown(ms));
});

test('the shipped codes are the US states\' and DC\'s, not other regions\'', () => {
  const text = 'Ardsley, NJ and Toronto, ON and Hull, PR.';
  const out = placesBeforeStateCode(text, [at(text, 'Ardsley', 'PER'), at(text, 'Toronto', 'LOC'), at(text, 'Hull', 'PER')]);
  assert.deepEqual(shown(out), ['LOC:Ardsley', 'LOC:NJ', 'LOC:Toronto', 'PER:Hull']);
});
