// A day the parse takes for the second object of a passive "charged" ("was charged Wednesday in a complaint
// with arson") says when the charge came, not a price asked. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const charges = (text: string) => analyseText(`Court news\n\nThe weather was mild. ${text}`).events.filter((e) => e.type === 'charge').map((e) => e.status);

test('a day after a passive "charged" is no price: the charge stands', () => {
  assert.deepEqual(charges('A baker from Tilsby was charged Wednesday in a county complaint with arson.'), ['asserted']);
});

test('a price charged is still no accusation', () => {
  assert.deepEqual(charges('Visitors were charged $8 at the gate on Sunday.'), []);
  assert.deepEqual(charges('The ferry charged each rider a small fee on Sunday.'), []);
});
