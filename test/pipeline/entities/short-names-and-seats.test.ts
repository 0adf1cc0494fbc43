// A company's short name does not take over a person the article names in full, and "X of Town,
// Region" is cut at "of" only where the article also writes X alone. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const typeOf = (text: string, name: string) => analyseText(text).mentions.filter((m) => m.text === name).map((m) => m.type);

test('a founder\'s surname stays a person beside the company that bears it', () => {
  const text = 'Maria Keller, who founded Keller Inc. in 1990, spoke on Monday. Keller, 61, said she would retire.';
  assert.deepEqual(typeOf(text, 'Keller'), ['PER']);
});

test('a company written with and without its designator is one company', () => {
  const text = 'Brightwell Corp. said profit rose. Brightwell shares climbed 4%.';
  assert.ok(typeOf(text, 'Brightwell').every((t) => t === 'ORG'));
});

test('"X of Town, Region" keeps its "of Town" when the article never writes X alone', () => {
  const mentions = analyseText('The Museum of Fine Arts of Houston, Texas, opened a new wing.').mentions;
  assert.ok(!mentions.some((m) => m.type === 'ORG' && m.text === 'Museum of Fine Arts'), mentions.map((m) => m.text).join(' | '));
});
