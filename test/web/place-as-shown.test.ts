// How the event page shows a place written in capitals by a dateline: made-up places and real shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeAsShown } from '../../src/web/lib/place-as-shown.js';

test('a dateline place in capitals reads in title case, its minor words lower case inside it', () => {
  assert.equal(placeAsShown('KESTRELVILLE'), 'Kestrelville');
  assert.equal(placeAsShown('THE HAGUE'), 'The Hague');
  assert.equal(placeAsShown('PORT OF SPAIN'), 'Port of Spain');
  assert.equal(placeAsShown("N'DJAMENA"), "N'Djamena");
  assert.equal(placeAsShown('SAINT-DENIS'), 'Saint-Denis');
});

test('initials and places written in mixed case stay as written', () => {
  assert.equal(placeAsShown('UAE'), 'UAE');
  assert.equal(placeAsShown('WASHINGTON, D.C.'), 'Washington, D.C.');
  assert.equal(placeAsShown('Goma'), 'Goma');
  assert.equal(placeAsShown('the Hague'), 'the Hague');
});
