// A make and model after a model year is the vehicle, a thing (MISC), settled; a year that opens
// no such phrase leaves the name alone. Sentences and names are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeModelYearProducts } from '../../../src/pipeline/entities/model-years.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';
import type { Syntax } from '../../../src/types.js';

test('a make and model after an article or an owner and a model year is a thing, settled', () => {
  const text = 'Witnesses saw a 1998 Rellon Tarsa leave, and later her blue 2011 Vantor Esk GT was found.';
  const { mentions, settled } = typeModelYearProducts(text, [at(text, 'Rellon Tarsa', 'ORG'), at(text, 'Vantor Esk GT', 'PER')], new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['MISC', 'MISC']);
  assert.equal(settled.size, 2);
});

test('a year after "the" or "in", a lone word, a titled or settled name: left alone', () => {
  const text = 'In 2008 Ella Marr won; the 2012 Harvest Council met; a 2010 Rellon sold; a 2009 Ivo Kass spoke; a 2007 Moss Dalby ran.';
  const kept = at(text, 'Moss Dalby', 'ORG');
  const input = [at(text, 'Ella Marr', 'PER'), at(text, 'Harvest Council', 'ORG'), at(text, 'Rellon', 'ORG'), { ...at(text, 'Ivo Kass', 'PER'), title: 'Dr' }, kept];
  const { mentions, settled } = typeModelYearProducts(text, input, new Set([kept]));
  assert.deepEqual(mentions.map((m) => m.type), ['PER', 'ORG', 'ORG', 'PER', 'ORG']);
  assert.equal(settled.size, 0);
});

test("a name the parse makes a noun's modifier after a year is whose the noun's thing is, and stays", () => {
  const rows: Array<[string, string, string, number]> = [
    ['a', 'DET', 'det', 4], ['1972', 'NUM', 'nummod', 4], ['Harbour', 'PROPN', 'compound', 3], ['Ledger', 'PROPN', 'compound', 4], ['profile', 'NOUN', 'root', -1],
  ];
  let offset = 0;
  const words = rows.map(([word, upos, deprel, head], i) => {
    const w = { text: word, lemma: word.toLowerCase(), upos, deprel, head, token: i, start: offset, end: offset + word.length };
    offset += word.length + 1;
    return w;
  });
  const text = rows.map((r) => r[0]).join(' ');
  const syntax: Syntax = { words, sentenceWordStart: [0, words.length] };
  const { mentions } = typeModelYearProducts(text, [at(text, 'Harbour Ledger', 'ORG')], new Set(), syntax);
  assert.equal(mentions[0].type, 'ORG');
});
