// The learned lemmatizer: exact forms first, else the suffix rewrite of the longest known ending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learnLemmas, lemmatize } from '../../../src/pipeline/syntax/lemma.js';

const verbs = ['walked/walk', 'jumped/jump', 'painted/paint', 'opened/open', 'played/play', 'missed/miss'].map((p) => {
  const [form, lemma] = p.split('/');
  return { form, upos: 'VERB', lemma };
});

test('an unseen regular form takes the suffix rule of its ending', () => {
  const table = learnLemmas(verbs);
  assert.equal(lemmatize(table, 'climbed', 'VERB'), 'climb');
  assert.equal(lemmatize(table, 'walked', 'VERB'), 'walk');
});

test('a suffix rule that would leave no vowel keeps the form ("sped" is no "sp")', () => {
  const table = learnLemmas(verbs);
  assert.equal(lemmatize(table, 'sped', 'VERB'), 'sped');
  assert.equal(lemmatize(table, 'shred', 'VERB'), 'shred');
});
