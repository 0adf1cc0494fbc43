// A two-word name written as a personal name and coordinated with a person's full name is a
// person; a name opening with a common word, or one the parse does not coordinate, keeps its
// type. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeCoordinatedPersons } from '../../../src/pipeline/entities/coordinated-persons.js';
import { handParse } from '../../fixtures/syntax/hand-parse.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const casing = new Map([['northern', 2]]);

// "The play stars Odile Brenner and Torvel Grace , with Northern Quarry paying ."
const { text, syn } = handParse([
  ['The', 'DET', 'det', 1],
  ['play', 'NOUN', 'nsubj', 2],
  ['stars', 'VERB', 'root', -1],
  ['Odile', 'PROPN', 'compound', 4],
  ['Brenner', 'PROPN', 'obj', 2],
  ['and', 'CCONJ', 'cc', 7],
  ['Torvel', 'PROPN', 'compound', 7],
  ['Grace', 'PROPN', 'conj', 4],
  [',', 'PUNCT', 'punct', 12],
  ['with', 'ADP', 'mark', 12],
  ['Northern', 'PROPN', 'compound', 11],
  ['Quarry', 'PROPN', 'nsubj', 12],
  ['paying', 'VERB', 'advcl', 2],
  ['.', 'PUNCT', 'punct', 2],
]);

test('a personal-looking name coordinated with a full person name is a person', () => {
  const ms = [at(text, 'Odile Brenner', 'PER'), at(text, 'Torvel Grace', 'ORG'), at(text, 'Northern Quarry', 'ORG')];
  const out = typeCoordinatedPersons(text, ms, syn, casing, new Set());
  assert.deepEqual(out.map((m) => m.type), ['PER', 'PER', 'ORG']);
});

test('a settled type stays, and without a person to coordinate with nothing changes', () => {
  const grace = at(text, 'Torvel Grace', 'ORG');
  assert.equal(typeCoordinatedPersons(text, [at(text, 'Odile Brenner', 'PER'), grace], syn, casing, new Set([grace]))[1].type, 'ORG');
  assert.equal(typeCoordinatedPersons(text, [at(text, 'Odile Brenner', 'ORG'), at(text, 'Torvel Grace', 'ORG')], syn, casing, new Set())[1].type, 'ORG');
});

test('a name opening with a common word is not read as a personal name', () => {
  const { text: t2, syn: s2 } = handParse([
    ['Odile', 'PROPN', 'compound', 1],
    ['Brenner', 'PROPN', 'nsubj', 5],
    ['and', 'CCONJ', 'cc', 4],
    ['Northern', 'PROPN', 'compound', 4],
    ['Quarry', 'PROPN', 'conj', 1],
    ['agreed', 'VERB', 'root', -1],
  ]);
  const out = typeCoordinatedPersons(t2, [at(t2, 'Odile Brenner', 'PER'), at(t2, 'Northern Quarry', 'ORG')], s2, casing, new Set());
  assert.equal(out[1].type, 'ORG');
});

test('a conjunct the text does not join with "and", "or" or a comma is left alone', () => {
  const { text: t3, syn: s3 } = handParse([
    ['Odile', 'PROPN', 'compound', 1],
    ['Brenner', 'PROPN', 'nsubj', 2],
    ['wrote', 'VERB', 'root', -1],
    ['to', 'ADP', 'case', 5],
    ['Torvel', 'PROPN', 'compound', 5],
    ['Grace', 'PROPN', 'conj', 1],
  ]);
  const out = typeCoordinatedPersons(t3, [at(t3, 'Odile Brenner', 'PER'), at(t3, 'Torvel Grace', 'ORG')], s3, casing, new Set());
  assert.equal(out[1].type, 'ORG');
});

test('the entity stage reads the second of two coordinated personal names as a person', () => {
  const a = analyseText('The comedy stars Odile Brenner and Torvel Grace as sisters.', { until: 'entities' });
  assert.deepEqual(
    a.mentions.map((m) => `${m.type} ${m.text}`),
    ['PER Odile Brenner', 'PER Torvel Grace'],
  );
});
