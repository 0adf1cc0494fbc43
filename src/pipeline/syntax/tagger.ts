// Greedy left-to-right UPOS tagger: an averaged perceptron over word, affix, shape and
// cluster features of a five-word window plus the two previous predicted tags.
import { f1, f2, f3 } from './hashing.js';
import { AFFIXES, CLUSTER_LEVELS, PAD, type EncodedWords, type Vocabulary } from './lexical.js';
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

/**
 * Scores of the context-free features of each word, per model, indexed by the word's id in the
 * vocabulary it was encoded with (a word's features depend on its form alone): a repeated word
 * costs an array read. Dropped when the vocabulary is, since its ids then name other forms.
 */
interface WordScoreTable {
  vocabulary: Vocabulary;
  /** NUM_UPOS scores per id. */
  scores: Float32Array;
  /** 1 where the id's scores are filled in. */
  known: Uint8Array;
}
const wordScoreTables = new WeakMap<LinearModel, WordScoreTable>();

function wordScoreTable(model: LinearModel, vocabulary: Vocabulary): WordScoreTable {
  let table = wordScoreTables.get(model);
  if (!table || table.vocabulary !== vocabulary) {
    table = { vocabulary, scores: new Float32Array(1024 * NUM_UPOS), known: new Uint8Array(1024) };
    wordScoreTables.set(model, table);
  }
  return table;
}

/** Where word i's own scores start in table.scores, scoring them on the word's first sight. */
function wordScores(model: LinearModel, table: WordScoreTable, enc: EncodedWords, i: number): number {
  const id = enc.ids[i];
  if (id >= table.known.length) {
    let size = table.known.length;
    while (size <= id) size *= 2;
    const known = new Uint8Array(size);
    known.set(table.known);
    const scores = new Float32Array(size * NUM_UPOS);
    scores.set(table.scores);
    table.known = known;
    table.scores = scores;
  }
  const at = id * NUM_UPOS;
  if (table.known[id] === 0) {
    model.score(scratchFeats, wordFeatures(enc, i + PAD, scratchFeats), scratchScores);
    table.scores.set(scratchScores.subarray(0, NUM_UPOS), at);
    table.known[id] = 1;
  }
  return at;
}

const scratchFeats = new Int32Array(TAGGER_FEATURES);
const scratchScores = new Float32Array(NUM_UPOS);

/** Tags one sentence; returns UPOS ids. */
export function tagSentence(model: LinearModel, enc: EncodedWords, out = new Uint8Array(enc.n)): Uint8Array {
  let prev1: number = TAG_NONE;
  let prev2: number = TAG_NONE;
  const table = wordScoreTable(model, enc.vocabulary);
  for (let i = 0; i < enc.n; i++) {
    const own = wordScores(model, table, enc, i);
    const nf = contextFeatures(enc, i, prev1, prev2, scratchFeats, 0);
    model.score(scratchFeats, nf, scratchScores);
    const scores = table.scores;
    for (let t = 0; t < NUM_UPOS; t++) scratchScores[t] += scores[own + t];
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
