// "X in Country": a name of two or more words that the gazetteer places in the country written after
// "in" is a place there, whatever the tagger said; one word may be a company ("Toyota in Japan").
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const typeOf = (text: string, name: string) => analyseText(text).mentions.find((m) => m.text === name)?.type;

test('"Bandar Abbas in Iran" and "Ras Al Khaimah in the United Arab Emirates" are places', () => {
  assert.equal(typeOf('The quake struck 60km south west of Bandar Abbas in Iran on Sunday.', 'Bandar Abbas'), 'LOC');
  assert.equal(typeOf('Aftershocks were recorded near Ras Al Khaimah in the United Arab Emirates.', 'Ras Al Khaimah'), 'LOC');
});

test('a one-word company "in" a country with a town of its name stays the company', () => {
  assert.equal(typeOf('Toyota in Japan said output would fall by a tenth next year.', 'Toyota'), 'ORG');
});
