// Greedy left-to-right UPOS tagger: an averaged perceptron over word, affix, shape and
// cluster features of a five-word window plus the two previous predicted tags.
import { f1, f2, f3 } from './hashing.js';
import { AFFIXES, CLUSTER_LEVELS, PAD, type EncodedWords } from './lexical.js';
import { argmax, type LinearModel, type PerceptronTrainer } from './linear.js';
import { NUM_UPOS, TAG_NONE } from './upos.js';

export const TAGGER_FEATURES = 48;

/** Features of the word alone (no context): their scores are cached per word form at run time. */
function wordFeatures(enc: EncodedWords, p: number, feats: Int32Array): number {
  const { norm, exact, shape, affix, cluster } = enc;
  const a = p * AFFIXES;
  const c = p * CLUSTER_LEVELS;
  let k = 0;
  feats[k++] = f1(0, 1);
  feats[k++] = f1(1, norm[p]);
  feats[k++] = f1(2, exact[p]);
  feats[k++] = f1(3, affix[a]);
  feats[k++] = f1(4, affix[a + 1]);
  feats[k++] = f1(5, affix[a + 2]);
  feats[k++] = f1(6, affix[a + 3]);
  feats[k++] = f1(7, affix[a + 4]);
  feats[k++] = f1(8, affix[a + 5]);
  feats[k++] = f1(9, shape[p]);
  feats[k++] = f1(10, cluster[c]);
  feats[k++] = f1(11, cluster[c + 1]);
  feats[k++] = f1(12, cluster[c + 2]);
  return k;
}

/** Features of word i in context; prev1/prev2 are the tags before it. */
function contextFeatures(enc: EncodedWords, i: number, prev1: number, prev2: number, feats: Int32Array, k: number): number {
  const p = i + PAD;
  const { norm, shape, affix, cluster, capital } = enc;
  const w = norm[p];
  const a = p * AFFIXES;
  const c = p * CLUSTER_LEVELS;
  feats[k++] = f1(13, norm[p - 1]);
  feats[k++] = f1(14, norm[p + 1]);
  feats[k++] = f1(15, norm[p - 2]);
  feats[k++] = f1(16, norm[p + 2]);
  feats[k++] = f1(17, affix[(p - 1) * AFFIXES + 2]);
  feats[k++] = f1(18, affix[(p + 1) * AFFIXES + 2]);
  feats[k++] = f1(19, cluster[(p - 1) * CLUSTER_LEVELS + 1]);
  feats[k++] = f1(20, cluster[(p + 1) * CLUSTER_LEVELS + 1]);
  feats[k++] = f1(21, cluster[(p + 1) * CLUSTER_LEVELS + 2]);
  feats[k++] = f1(22, prev1);
  feats[k++] = f2(23, prev1, prev2);
  feats[k++] = f2(24, prev1, w);
  feats[k++] = f2(25, w, norm[p + 1]);
  feats[k++] = f2(26, norm[p - 1], w);
  feats[k++] = f1(27, shape[p + 1]);
  feats[k++] = f1(28, shape[p - 1]);
  feats[k++] = f2(29, prev1, affix[a + 2]);
  feats[k++] = f3(30, i === 0 ? 1 : 0, capital[p], shape[p]);
  feats[k++] = f2(31, prev1, norm[p + 1]);
  feats[k++] = f1(32, prev2);
  feats[k++] = f2(33, prev1, cluster[(p + 1) * CLUSTER_LEVELS + 1]);
  feats[k++] = f2(34, w, norm[p + 2]);
  feats[k++] = f2(35, cluster[c + 1], cluster[(p + 1) * CLUSTER_LEVELS + 1]);
  feats[k++] = f2(36, norm[p - 1], cluster[(p + 1) * CLUSTER_LEVELS + 1]);
  feats[k++] = f2(37, i === 0 ? 1 : 0, w);
  feats[k++] = f2(38, affix[a + 1], norm[p + 1]);
  feats[k++] = f1(39, affix[(p + 2) * AFFIXES + 2]);
  feats[k++] = f2(40, norm[p - 1], norm[p + 1]);
  feats[k++] = f2(41, prev1, cluster[c + 1]);
  feats[k++] = f1(42, cluster[(p + 2) * CLUSTER_LEVELS + 1]);
  feats[k++] = f2(43, capital[p + 1], prev1);
  return k;
}

/** Writes all features of word i to feats and returns their count. */
export function taggerFeatures(enc: EncodedWords, i: number, prev1: number, prev2: number, feats: Int32Array): number {
  return contextFeatures(enc, i, prev1, prev2, feats, wordFeatures(enc, i + PAD, feats));
}

/** Scores of the context-free features per word form (by its exact-form hash), per model. */
const wordScoreCache = new WeakMap<LinearModel, Map<number, Float32Array>>();
const WORD_CACHE_LIMIT = 100_000;

function wordScoreCacheOf(model: LinearModel): Map<number, Float32Array> {
  let cache = wordScoreCache.get(model);
  if (!cache) wordScoreCache.set(model, (cache = new Map()));
  return cache;
}

function wordScores(model: LinearModel, cache: Map<number, Float32Array>, enc: EncodedWords, p: number): Float32Array {
  const key = enc.exact[p];
  let scores = cache.get(key);
  if (!scores) {
    scores = new Float32Array(NUM_UPOS);
    model.score(scratchFeats, wordFeatures(enc, p, scratchFeats), scores);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(key, scores);
  }
  return scores;
}

const scratchFeats = new Int32Array(TAGGER_FEATURES);
const scratchScores = new Float32Array(NUM_UPOS);

/** Tags one sentence; returns UPOS ids. */
export function tagSentence(model: LinearModel, enc: EncodedWords, out = new Uint8Array(enc.n)): Uint8Array {
  let prev1: number = TAG_NONE;
  let prev2: number = TAG_NONE;
  const cache = wordScoreCacheOf(model);
  for (let i = 0; i < enc.n; i++) {
    const own = wordScores(model, cache, enc, i + PAD);
    const nf = contextFeatures(enc, i, prev1, prev2, scratchFeats, 0);
    model.score(scratchFeats, nf, scratchScores);
    for (let t = 0; t < NUM_UPOS; t++) scratchScores[t] += own[t];
    const tag = argmax(scratchScores, NUM_UPOS);
    out[i] = tag;
    prev2 = prev1;
    prev1 = tag;
  }
  return out;
}

/** One perceptron pass over a sentence with gold tags; returns the number tagged right. */
export function trainTaggerSentence(trainer: PerceptronTrainer, enc: EncodedWords, gold: Uint8Array): number {
  let prev1: number = TAG_NONE;
  let prev2: number = TAG_NONE;
  let right = 0;
  for (let i = 0; i < enc.n; i++) {
    const nf = taggerFeatures(enc, i, prev1, prev2, scratchFeats);
    trainer.score(scratchFeats, nf, scratchScores);
    const guess = argmax(scratchScores, NUM_UPOS);
    if (guess === gold[i]) right++;
    else trainer.update(scratchFeats, nf, gold[i], guess);
    trainer.tick();
    prev2 = prev1;
    prev1 = guess;
  }
  return right;
}
