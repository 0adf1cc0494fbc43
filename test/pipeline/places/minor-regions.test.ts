// A district abroad that no dictionary knows, in a country the text never names, is no reading of a
// name in a text placed elsewhere: it is a namesake of a place the gazetteer lacks. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const placed = (text: string, names: string[]) => new Map(resolvePlaces(text, names.map((n): Mention => mentionAt(text, n, 'LOC'))).map((p) => [p.text, p.place]));

test('an island of New York named in a story placed in New York is not the Bahamian district of that name', () => {
  const text = 'Commuter trains from Long Island into Manhattan were late again, officials in Brooklyn said.';
  const places = placed(text, ['Long Island', 'Manhattan', 'Brooklyn']);
  assert.equal(places.get('Brooklyn')?.countryCode, 'US');
  assert.equal(places.get('Long Island'), undefined);
});

test('the district keeps its reading where its country is in the text', () => {
  const places = placed('Fishing boats left Long Island for Nassau before the storm.', ['Long Island', 'Nassau']);
  assert.equal(places.get('Long Island')?.countryCode, 'BS');
});

test('a region a dictionary knows stays a reading wherever the text is placed', () => {
  const places = placed('The Toronto brewer bought a malt house in Bavaria last spring.', ['Toronto', 'Bavaria']);
  assert.equal(places.get('Bavaria')?.countryCode, 'DE');
});
