// Event-head word vectors learned from unlabeled text, on a tiny corpus written here: heads used
// in the same company come out alike, inflections share one vector, rare words get none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHeadVectors, contentStems, headSimilarity } from '../../src/corpus/events/head-vectors.js';

const corpus = [
  'guards foiled the daring vault robbery at midnight',
  'guards thwarted the daring vault robbery before dawn',
  'police foiled a vault robbery downtown',
  'police thwarted a vault robbery uptown',
  'farmers harvested ripe golden wheat in autumn',
  'farmers harvest ripe golden barley each autumn',
  'the committee approved the quarterly budget plan',
  'the committee approves the annual budget plan',
].map((s) => s.split(' '));

const opts = { dropTop: 0, contexts: 100, window: 2, minCount: 2, keep: 50 };

test('word stems: inflections meet, numbers and all-capitals words (headlines, acronyms) are left out', () => {
  assert.deepEqual(contentStems(['Guards', 'foiled', 'NATO', '42', 'robberies', 'at']), ['guard', 'foil', 'robbery']);
});

test('heads that keep the same company are alike; heads from other stories are not', () => {
  const model = buildHeadVectors(corpus, opts);
  const sim = headSimilarity(model);
  const synonyms = sim('foil', 'thwart');
  assert.ok(synonyms > 0.5, `foil/thwart ${synonyms}`);
  assert.ok(synonyms > sim('foil', 'harvest') + 0.3, 'a robbery word is no harvest word');
  assert.ok(sim('harvest', 'approv') < synonyms);
});

test('a stem seen fewer than minCount times, or unknown, has no vector and compares as 0', () => {
  const model = buildHeadVectors(corpus, opts);
  assert.equal(model.vectors.midnight, undefined, 'seen once');
  const sim = headSimilarity(model);
  assert.equal(sim('midnight', 'foil'), 0);
  assert.equal(sim('constructor', 'foil'), 0, 'an object key is no vector');
  assert.ok(model.contexts.length > 0);
});
