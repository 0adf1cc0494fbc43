import test from 'node:test';
import assert from 'node:assert/strict';
import { ContextAggregator, MAX_CONTEXTS } from '../../../src/pipeline/entities/context-aggregation.js';
import { emptyResources, FeatureExtractor, type DocTokens } from '../../../src/pipeline/entities/features.js';

test('a word collects the distinct neighbours of all its occurrences, up to the cap', () => {
  const agg = new ContextAggregator<string>();
  agg.add('ostrava', 11, 12, 0, 0);
  agg.add('ostrava', 11, 13, 0, 0); // same left neighbour: counted once
  assert.equal(agg.features('ostrava').length, 3);
  agg.add('ostrava', 0, 0, 21, 22); // sentence edges and clusters add their own features
  assert.equal(agg.features('ostrava').length, 7);
  assert.equal(agg.features('brno').length, 0);
  for (let i = 0; i < 100; i++) agg.add('ostrava', 100 + i, 200 + i, 0, 0);
  assert.equal(agg.features('ostrava').length, MAX_CONTEXTS);
  agg.clear();
  assert.equal(agg.features('ostrava').length, 0);
});

/** Feature hashes of token i of the document's last sentence. */
function lastSentenceFeatures(doc: DocTokens, i: number, aggregate = true): number[] {
  const f = new FeatureExtractor(emptyResources()).document(doc, aggregate);
  const k = f.lower.length - doc.sentences[doc.sentences.length - 1].length + i;
  return [...f.hashes.subarray(f.offsets[k], f.offsets[k + 1])];
}

test('a capitalised word also sees how the rest of the document uses it; a lower-case word does not', () => {
  const alone: DocTokens = { sentences: ['Buyers queued outside Halvorsen .'.split(' ')] };
  const withEarlier: DocTokens = { sentences: ['Halvorsen shares slipped on Tuesday .'.split(' '), ...alone.sentences] };
  const name = lastSentenceFeatures(withEarlier, 3);
  const nameAlone = lastSentenceFeatures(alone, 3);
  for (const h of nameAlone) assert.ok(name.includes(h));
  assert.ok(name.length > nameAlone.length, 'the earlier "Halvorsen shares" adds context features');
  assert.deepEqual(lastSentenceFeatures(withEarlier, 1), lastSentenceFeatures(alone, 1), '"queued" gets nothing from elsewhere');
  // training's feature dropout: without aggregation the word has its local features only
  assert.deepEqual(lastSentenceFeatures(withEarlier, 3, false), lastSentenceFeatures(alone, 3, false));
  assert.ok(lastSentenceFeatures(alone, 3, false).length < nameAlone.length);
});

test('an all-capitals headline word sees the running text\'s uses of the same word', () => {
  const headline = 'STRIKE HITS HALVORSEN'.split(' ');
  const plain: DocTokens = { sentences: [headline] };
  const withBody: DocTokens = { sentences: ['Workers at Halvorsen walked out .'.split(' '), headline] };
  assert.ok(lastSentenceFeatures(withBody, 2).length > lastSentenceFeatures(plain, 2).length);
});
