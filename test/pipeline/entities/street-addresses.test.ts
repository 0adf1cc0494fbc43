// A name after a house number that ends in a street word is an address, not a person or a body.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typeStreetAddresses } from '../../../src/pipeline/entities/street-addresses.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const typed = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a name after a house number ending in a street word is a place', () => {
  const text = 'Deputies cited Marla Quentin, 41, of 4410 Brisby Drive, and a man living at 87 Otterley Place.';
  const r = typeStreetAddresses(text, [at(text, 'Marla Quentin', 'PER'), at(text, 'Brisby Drive', 'PER'), at(text, 'Otterley Place', 'ORG')]);
  assert.deepEqual(typed(r.mentions), ['PER:Marla Quentin', 'LOC:Brisby Drive', 'LOC:Otterley Place']);
  assert.equal(r.settled.size, 2);
});

test('capitalised words between the number and the street join the address', () => {
  const text = 'The van stopped near 5120 N. Mill Road 300E on Friday.';
  const r = typeStreetAddresses(text, [at(text, 'N.', 'PER'), at(text, 'Road 300E', 'PER')]);
  assert.deepEqual(typed(r.mentions), ['LOC:N. Mill Road 300E']);
});

test('without a house number, or with a title, a name ending in a street word keeps its type', () => {
  const text = 'Actress Dana Court met Mr. Felix Lane and 12 Dana Court fans.';
  const r = typeStreetAddresses(text, [at(text, 'Dana Court', 'PER'), { ...at(text, 'Mr. Felix Lane', 'PER'), title: 'Mr.' }]);
  assert.deepEqual(typed(r.mentions), ['PER:Dana Court', 'PER:Mr. Felix Lane']);
  assert.equal(r.settled.size, 0);
});

test('through the whole entity stage, a resident\'s street is a place', () => {
  const text = 'Police arrested Tobias R. Wendel, 38, of 2216 Harlowe Drive, after a short chase.';
  const a = analyseText(text);
  const street = a.mentions.find((m) => m.text.includes('Harlowe'));
  assert.equal(street?.type, 'LOC');
});

test('a score, a vote or a year after a word of time is no house number', () => {
  const text = 'After a 6-3 Harbour Court ruling, and in 1988 Harbour Court judges met at 14 Vell Court.';
  const r = typeStreetAddresses(text, [at(text, 'Harbour Court', 'ORG'), { ...at(text, 'Harbour Court judges', 'ORG'), end: text.indexOf('Harbour Court judges') + 'Harbour Court'.length, text: 'Harbour Court' }, at(text, 'Vell Court', 'PER')]);
  assert.deepEqual(typed(r.mentions), ['ORG:Harbour Court', 'ORG:Harbour Court', 'LOC:Vell Court']);
});
