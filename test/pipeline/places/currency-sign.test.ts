// A name written with a currency sign ("US$", "NZ$") is a currency, never a place on the map,
// though its letters may match a village somewhere. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const placed = (text: string, names: string[]) => resolvePlaces(text, names.map((n): Mention => mentionAt(text, n, 'LOC')));

test('a currency written with its country\'s letters is no place', () => {
  const text = 'The Lyon brewer paid US$40 million for the plant near Bordeaux, France.';
  assert.deepEqual(placed(text, ['US$']), []);
  assert.deepEqual(placed('Wool fetched NZ$9 a kilo at the Christchurch sale.', ['NZ$']), []);
});

test('the country named beside a currency amount is still a place', () => {
  const [us] = placed('Exports to the US rose to $40 million.', ['US']);
  assert.equal(us?.place.countryCode, 'US');
});
