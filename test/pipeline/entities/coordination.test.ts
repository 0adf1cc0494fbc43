// Two names joined by "and" that the tagger read as one are split where the parse coordinates
// them; names that contain "and" themselves stay whole.
import test from 'node:test';
import assert from 'node:assert/strict';
import { splitCoordinatedNames } from '../../../src/pipeline/entities/coordination.js';
import type { EntityType, Mention, Syntax } from '../../../src/types.js';
import { handParse } from '../../fixtures/syntax/hand-parse.js';

const parse = handParse;

function mention(text: string, name: string, type: EntityType): Mention {
  const start = text.indexOf(name);
  assert.ok(start >= 0, name);
  return { start, end: start + name.length, type, text: name };
}

/** Casing prior (1 never … 5 always capitalised mid-sentence): the common words used below. */
const casing = new Map([
  ['rivers', 2],
  ['forests', 2],
  ['bank', 3],
]);

const split = (text: string, syn: Syntax, m: Mention) => splitCoordinatedNames(text, [m], syn, casing).map((x) => `${x.text}/${x.type}`);

test('"Nordwell Bank and Trevanco": two organisations the parse coordinates', () => {
  const { text, syn } = parse([
    ['opposed', 'VERB', 'root', -1], ['by', 'ADP', 'case', 3], ['Nordwell', 'PROPN', 'compound', 3], ['Bank', 'PROPN', 'obl:agent', 0],
    ['and', 'CCONJ', 'cc', 5], ['Trevanco', 'PROPN', 'conj', 3], ['.', 'PUNCT', 'punct', 0],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Nordwell Bank and Trevanco', 'ORG')), ['Nordwell Bank/ORG', 'Trevanco/ORG']);
});

test('two people, each a first name and a surname (flat), are two persons', () => {
  const { text, syn } = parse([
    ['met', 'VERB', 'root', -1], ['Carla', 'PROPN', 'obj', 0], ['Mendez', 'PROPN', 'flat', 1], ['and', 'CCONJ', 'cc', 4],
    ['Tomas', 'PROPN', 'conj', 1], ['Ruiz', 'PROPN', 'flat', 4],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Carla Mendez and Tomas Ruiz', 'PER')), ['Carla Mendez/PER', 'Tomas Ruiz/PER']);
});

test('one word before "and" ("Harlow and Finch") is one name', () => {
  const { text, syn } = parse([
    ['joined', 'VERB', 'root', -1], ['Harlow', 'PROPN', 'obj', 0], ['and', 'CCONJ', 'cc', 3], ['Finch', 'PROPN', 'conj', 1],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Harlow and Finch', 'ORG')), ['Harlow and Finch/ORG']);
});

test('a conjunct inside an "of" phrase ("Ministry of Roads and Bridges") is one name', () => {
  const { text, syn } = parse([
    ['the', 'DET', 'det', 1], ['Ministry', 'PROPN', 'root', -1], ['of', 'ADP', 'case', 3], ['Roads', 'PROPN', 'nmod', 1],
    ['and', 'CCONJ', 'cc', 5], ['Bridges', 'PROPN', 'conj', 3],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Ministry of Roads and Bridges', 'ORG')), ['Ministry of Roads and Bridges/ORG']);
});

test('common words after "and" ("Clean Rivers and Forests") are part of one name', () => {
  const { text, syn } = parse([
    ['backed', 'VERB', 'root', -1], ['Clean', 'PROPN', 'compound', 2], ['Rivers', 'PROPN', 'obj', 0], ['and', 'CCONJ', 'cc', 4],
    ['Forests', 'PROPN', 'conj', 2],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Clean Rivers and Forests', 'ORG')), ['Clean Rivers and Forests/ORG']);
});

test('a body head noun shared by both sides ("Tarn Coast and Valley Council") keeps the name whole', () => {
  const { text, syn } = parse([
    ['the', 'DET', 'det', 2], ['Tarn', 'PROPN', 'compound', 2], ['Coast', 'PROPN', 'root', -1], ['and', 'CCONJ', 'cc', 5],
    ['Valley', 'PROPN', 'compound', 5], ['Council', 'PROPN', 'conj', 2],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Tarn Coast and Valley Council', 'ORG')), ['Tarn Coast and Valley Council/ORG']);
});

test('places are not split ("Port Ellis and Vane" may be one place)', () => {
  const { text, syn } = parse([
    ['in', 'ADP', 'case', 2], ['Port', 'PROPN', 'compound', 2], ['Ellis', 'PROPN', 'root', -1], ['and', 'CCONJ', 'cc', 4],
    ['Vane', 'PROPN', 'conj', 2],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Port Ellis and Vane', 'LOC')), ['Port Ellis and Vane/LOC']);
});

test('a company designator after "and" ("Pell Rydal and Co") ends one name', () => {
  const { text, syn } = parse([
    ['hired', 'VERB', 'root', -1], ['Pell', 'PROPN', 'compound', 2], ['Rydal', 'PROPN', 'obj', 0], ['and', 'CCONJ', 'cc', 4],
    ['Co', 'PROPN', 'conj', 2],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Pell Rydal and Co', 'ORG')), ['Pell Rydal and Co/ORG']);
});

test('"Ostby Bank and Trust Co" is one company; "Kelso Foods Inc and Barrow Corp" two', () => {
  const one = parse([
    ['hired', 'VERB', 'root', -1], ['Ostby', 'PROPN', 'compound', 2], ['Bank', 'PROPN', 'obj', 0], ['and', 'CCONJ', 'cc', 5],
    ['Trust', 'PROPN', 'compound', 5], ['Co', 'PROPN', 'conj', 2],
  ]);
  assert.deepEqual(split(one.text, one.syn, mention(one.text, 'Ostby Bank and Trust Co', 'ORG')), ['Ostby Bank and Trust Co/ORG']);
  const two = parse([
    ['hired', 'VERB', 'root', -1], ['Kelso', 'PROPN', 'compound', 3], ['Foods', 'PROPN', 'compound', 3], ['Inc', 'PROPN', 'obj', 0],
    ['and', 'CCONJ', 'cc', 6], ['Barrow', 'PROPN', 'compound', 6], ['Corp', 'PROPN', 'conj', 3],
  ]);
  assert.deepEqual(split(two.text, two.syn, mention(two.text, 'Kelso Foods Inc and Barrow Corp', 'ORG')), ['Kelso Foods Inc/ORG', 'Barrow Corp/ORG']);
});

test('two names of two words each are two, though the parse hangs the second outside the first', () => {
  // "lenders Brivo Kasse and Talmar Finanz": the parse makes "Brivo" a noun of the phrase before
  const { text, syn } = parse([
    ['lenders', 'NOUN', 'compound', 1], ['Brivo', 'NOUN', 'root', -1], ['Kasse', 'PROPN', 'amod', 5], ['and', 'CCONJ', 'cc', 4],
    ['Talmar', 'PROPN', 'compound', 5], ['Finanz', 'PROPN', 'nmod', 1],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Brivo Kasse and Talmar Finanz', 'ORG')), ['Brivo Kasse/ORG', 'Talmar Finanz/ORG']);
});

test('without the parse\'s coordination, one word after "and" ("Coldwater Gas and Light") keeps one name', () => {
  const { text, syn } = parse([
    ['sued', 'VERB', 'root', -1], ['Coldwater', 'PROPN', 'compound', 2], ['Gas', 'PROPN', 'obj', 0], ['and', 'CCONJ', 'cc', 4],
    ['Light', 'PROPN', 'nmod', 0],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Coldwater Gas and Light', 'ORG')), ['Coldwater Gas and Light/ORG']);
});

test('a body\'s head noun after "and" ("Harbour Customs and Excise Service") keeps one name', () => {
  const { text, syn } = parse([
    ['the', 'DET', 'det', 2], ['Harbour', 'PROPN', 'compound', 2], ['Customs', 'PROPN', 'root', -1], ['and', 'CCONJ', 'cc', 5],
    ['Excise', 'PROPN', 'compound', 5], ['Service', 'PROPN', 'conj', 2],
  ]);
  assert.deepEqual(split(text, syn, mention(text, 'Harbour Customs and Excise Service', 'ORG')), ['Harbour Customs and Excise Service/ORG']);
});
