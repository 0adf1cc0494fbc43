import test from 'node:test';
import assert from 'node:assert/strict';
import type { CueCandidate } from '../../src/pipeline/facts/quotes/candidates.js';
import { cueCounts, trainCandidateClassifier, type CandidateSet } from '../../src/train/lib/attribution-candidates.js';
import type { PreparedArticle } from '../../src/train/lib/attribution-perceptron.js';

/**
 * A fold of articles whose candidates carry feature 1 when they are gold cues and feature 2
 * when not (plus a shared feature 3), or, without signal, feature 3 alone (then one candidate
 * in six is a cue); each article's tagger found 4 cues right, 1 wrong and missed 3.
 */
function fold(articles: number, signal: boolean): CandidateSet[] {
  return Array.from({ length: articles }, () => {
    const candidates: CueCandidate[] = [];
    const gold: boolean[] = [];
    for (let k = 0; k < 6; k++) {
      const isCue = signal ? k % 3 === 0 : k === 0;
      candidates.push({ from: k * 2, to: k * 2 + 1, head: k * 2, features: signal ? Int32Array.of(isCue ? 1 : 2, 3) : Int32Array.of(3) });
      gold.push(isCue);
    }
    return { article: {} as PreparedArticle, candidates, gold, tagger: { tp: 4, fp: 1, fn: 3 } };
  });
}

test('the candidate classifier learns which candidates are cues, with a threshold from the held-out fold', () => {
  const c = trainCandidateClassifier([fold(10, true), fold(10, true)], 3, 1, () => {});
  assert.ok(c, 'a classifier that helps');
  const counts = cueCounts(fold(5, true), c);
  // two gold candidates per article taken, nothing else
  assert.equal(counts.added, 10);
  assert.equal(counts.right, 10);
  assert.equal(counts.tp, 5 * 4 + 10);
});

test('without a signal no threshold raises cue F1, and no classifier is kept', () => {
  assert.equal(trainCandidateClassifier([fold(10, false), fold(10, false)], 3, 1, () => {}), null);
});
