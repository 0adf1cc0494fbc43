// Names listed together ("A, B and C") share a kind: the odd one out of a list takes the others' type.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typeListedNames } from '../../../src/pipeline/entities/coordinated-lists.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const types = (r: { mentions: Mention[] }) => r.mentions.map((m) => `${m.type}:${m.text}`);

test('a known place listed between places is a place, and its list settles it', () => {
  const text = 'Floods cut roads in Antalya, Konya and Bursa overnight.';
  const r = typeListedNames(text, [at(text, 'Antalya', 'LOC'), at(text, 'Konya', 'ORG'), at(text, 'Bursa', 'LOC')], new Set());
  assert.deepEqual(types(r), ['LOC:Antalya', 'LOC:Konya', 'LOC:Bursa']);
  assert.equal(r.settled.size, 1);
});

test('a name listed between companies is a company', () => {
  const text = 'Shares in Dravex, Hollin Marsh and Quorra rose.';
  const r = typeListedNames(text, [at(text, 'Dravex', 'ORG'), at(text, 'Hollin Marsh', 'PER'), at(text, 'Quorra', 'ORG')], new Set());
  assert.deepEqual(types(r), ['ORG:Dravex', 'ORG:Hollin Marsh', 'ORG:Quorra']);
});

test('no list, a town and its region, an unknown place, a settled or titled name, a list of people: unchanged', () => {
  const text =
    'Konya and Bursa. A plant in Salem, Oregon, and Pellam Inc. Trips to Antalya, Brevvick and Bursa. ' +
    'Antalya, Konya and Bursa again. Ines Paar, Mr Olden and Tove Rask. Ines Paar, Zenith and Tove Rask.';
  const settledKonya = at(text, 'Konya', 'ORG', text.indexOf('again') - 25);
  const mentions = [
    at(text, 'Konya', 'ORG'), at(text, 'Bursa', 'LOC'),
    at(text, 'Salem', 'LOC'), at(text, 'Oregon', 'LOC'), at(text, 'Pellam Inc', 'ORG'),
    at(text, 'Antalya', 'LOC'), at(text, 'Brevvick', 'ORG'), at(text, 'Bursa', 'LOC', text.indexOf('Brevvick')),
    at(text, 'Antalya', 'LOC', text.indexOf('again') - 25), settledKonya, at(text, 'Bursa', 'LOC', text.indexOf('again') - 12),
    at(text, 'Ines Paar', 'PER'), { ...at(text, 'Mr Olden', 'ORG'), title: 'Mr' }, at(text, 'Tove Rask', 'PER'),
    at(text, 'Ines Paar', 'PER', text.indexOf('Zenith') - 12), at(text, 'Zenith', 'ORG'), at(text, 'Tove Rask', 'PER', text.indexOf('Zenith')),
  ];
  const r = typeListedNames(text, mentions, new Set([settledKonya]));
  assert.deepEqual(types(r), mentions.map((m) => `${m.type}:${m.text}`));
  assert.equal(r.settled.size, 0);
});
