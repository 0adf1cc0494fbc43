// `train parser` reads the treebank's ’’ as '' (the form the shipped weights were learned with, so
// the README's recipe writes them again), while text at run time reads AP's ’’ as a closing ”.
import test from 'node:test';
import assert from 'node:assert/strict';
import { PAD, encodeWords, normalise, type WordResources } from '../../src/pipeline/syntax/lexical.js';
import { hashString } from '../../src/pipeline/hash.js';

const runTime: WordResources = { clusters: new Map() };
const words = ['The', 'ferry', 'was', '’’', 'late', '’’', 'again', '.'];

test('at run time ’’ is normalised as the closing double mark, in training as two apostrophes', () => {
  assert.equal(normalise('’’'), '"');
  assert.equal(normalise('’’', false), "''");
  assert.equal(normalise('’', false), "'", 'one alone is an apostrophe either way');
  assert.equal(normalise('”', false), '"', 'a typographic double mark is unchanged');
});

test('the trainer encodes ’’ with the treebank reading, the run-time encoder with the quote reading', () => {
  const trained = encodeWords(words, runTime, { treebankClosingMark: true });
  const run = encodeWords(words, runTime);
  for (const i of [3, 5]) {
    assert.equal(trained.norm[i + PAD], hashString("''", 1));
    assert.equal(run.norm[i + PAD], hashString('"', 1));
    assert.equal(trained.exact[i + PAD], run.exact[i + PAD], 'the exact form is the same');
  }
  for (const i of [0, 1, 2, 4, 6, 7]) assert.equal(trained.norm[i + PAD], run.norm[i + PAD], `word ${i} unaffected`);
  // the run-time cache is not the training one
  assert.equal(encodeWords(words, runTime).norm[3 + PAD], hashString('"', 1));
});
