// Names the relation of every arc of a finished tree: an averaged perceptron over the
// dependent, its head, their distance and direction, and the function words and tags around
// both (a "was" among the head's children and a "by" under the dependent make obl:agent …).
import { f1, f2, f3, f4 } from './hashing.js';
import { AFFIXES, CLUSTER_LEVELS, PAD, type EncodedWords } from './lexical.js';
import { argmax, type LinearModel, type PerceptronTrainer } from './linear.js';
import { NUM_UPOS, uposId, TAG_NONE, TAG_ROOT } from './upos.js';
import { carve } from '../typed-block.js';

export const MAX_LABELLER_FEATURES = 64;
/** Children beyond this many per word add no features (keeps the feature buffer bounded). */
const MAX_CHILDREN = 6;

/** Tags whose words themselves carry the relation (case, mark, aux …); others count by tag. */
const FUNCTION_TAGS = new Uint8Array(NUM_UPOS);
for (const tag of ['ADP', 'AUX', 'PART', 'SCONJ', 'DET', 'PRON', 'CCONJ', 'PUNCT', 'ADV']) FUNCTION_TAGS[uposId(tag)] = 1;

export interface TreeIndex {
  /** children[start[h] .. start[h + 1]) are h's dependents in order; h = n stands for the root. */
  start: Int32Array;
  children: Int32Array;
}

export function indexTree(heads: Int32Array): TreeIndex {
  const n = heads.length;
  const { start, fill, children } = carve({ start: ['int32', n + 2], fill: ['int32', n + 1], children: ['int32', n] });
  for (let i = 0; i < n; i++) start[(heads[i] < 0 ? n : heads[i]) + 1]++;
  for (let h = 0; h <= n; h++) start[h + 1] += start[h];
  fill.set(start.subarray(0, n + 1));
  for (let i = 0; i < n; i++) children[fill[heads[i] < 0 ? n : heads[i]]++] = i;
  return { start, children };
}

function distanceBucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 9 ? 5 : 6;
}

export function labellerFeatures(enc: EncodedWords, tags: Uint8Array, heads: Int32Array, tree: TreeIndex, d: number, feats: Int32Array): number {
  const n = enc.n;
  const h = heads[d];
  const { norm, affix, cluster } = enc;
  const pd = d + PAD;
  const dw = norm[pd];
  const dt = tags[d];
  const dc = cluster[pd * CLUSTER_LEVELS + 1];
  const hw = h < 0 ? 0 : norm[h + PAD];
  const ht = h < 0 ? TAG_ROOT : tags[h];
  const hc = h < 0 ? 0 : cluster[(h + PAD) * CLUSTER_LEVELS + 1];
  const dir = h < 0 ? 2 : d < h ? 0 : 1;
  const dist = h < 0 ? 0 : distanceBucket(Math.abs(d - h));
  const g = h < 0 ? -1 : heads[h];
  const gt = h < 0 ? TAG_NONE : g < 0 ? TAG_ROOT : tags[g];
  const functionValue = (x: number) => (FUNCTION_TAGS[tags[x]] === 1 ? norm[x + PAD] : tags[x] + 1);
  let k = 0;
  feats[k++] = f1(0, 1);
  feats[k++] = f1(2, dt);
  feats[k++] = f1(6, hc);
  feats[k++] = f2(7, dir, dist);
  feats[k++] = f3(8, dt, ht, dir);
  feats[k++] = f2(11, dw, hw);
  feats[k++] = f4(12, dt, ht, dir, dist);
  feats[k++] = f4(18, dt, ht, gt, dir);
  feats[k++] = f3(19, norm[pd - 1], dt, dir);
  feats[k++] = f3(20, norm[pd + 1], dt, dir);
  feats[k++] = f3(21, dw, ht, dir);
  feats[k++] = f3(22, dt, hw, dir);
  if (h >= 0) feats[k++] = f3(24, affix[(h + PAD) * AFFIXES + 1], ht, dt);
  // the dependent's own dependents: its case marker, its determiner, a subject under it …
  const dFrom = tree.start[d];
  const dTo = Math.min(tree.start[d + 1], dFrom + MAX_CHILDREN);
  feats[k++] = f2(25, dt, tree.start[d + 1] - dFrom > 3 ? 4 : tree.start[d + 1] - dFrom);
  for (let j = dFrom; j < dTo; j++) {
    const c = tree.children[j];
    feats[k++] = f4(26, functionValue(c), c < d ? 0 : 1, dt, ht);
    feats[k++] = f3(27, functionValue(c), dt, dir);
  }
  // the head's other dependents, and whether each stands between head and dependent
  if (h >= 0) {
    const hFrom = tree.start[h];
    const hTo = Math.min(tree.start[h + 1], hFrom + MAX_CHILDREN);
    let nominalsBetween = 0;
    let clauseBefore = 0;
    for (let j = hFrom; j < hTo; j++) {
      const c = tree.children[j];
      if (c === d) continue;
      const side = c < d ? 0 : 1;
      const between = (c > d && c < h) || (c < d && c > h);
      if (between && (tags[c] === NOUN || tags[c] === PROPN || tags[c] === PRON)) nominalsBetween++;
      if (c < h && tags[c] === VERB) clauseBefore = 1;
      feats[k++] = f4(28, functionValue(c), side, dt, dir);
    }
    feats[k++] = f4(29, Math.min(nominalsBetween, 2), dt, ht, dir);
    // "…," said the minister: a clause before the verb, a noun after it
    feats[k++] = f4(34, hw, clauseBefore, dt, dir);
    feats[k++] = f4(35, clauseBefore, dt, ht, dir);
  }
  return k;
}

const NOUN = uposId('NOUN');
const PROPN = uposId('PROPN');
const PRON = uposId('PRON');
const VERB = uposId('VERB');

const scratchFeats = new Int32Array(MAX_LABELLER_FEATURES);
/** labelSentence's scores per relation, reused between sentences (score() zeroes them first). */
let scratchScores = new Float32Array(64);

/** Relation ids (into `labels`) for every word of a parsed sentence. */
export function labelSentence(model: LinearModel, labels: readonly string[], enc: EncodedWords, tags: Uint8Array, heads: Int32Array): string[] {
  const tree = indexTree(heads);
  const classes = model.classes;
  if (scratchScores.length < classes) scratchScores = new Float32Array(classes);
  const scores = scratchScores;
  const rootLabel = labels.indexOf('root');
  const out: string[] = new Array(enc.n);
  for (let d = 0; d < enc.n; d++) {
    if (heads[d] < 0) {
      out[d] = 'root';
      continue;
    }
    const nf = labellerFeatures(enc, tags, heads, tree, d, scratchFeats);
    model.score(scratchFeats, nf, scores);
    // the best relation other than root (only the word without a head is the root)
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < classes; c++) {
      if (c !== rootLabel && scores[c] > bestScore) {
        bestScore = scores[c];
        best = c;
      }
    }
    out[d] = labels[best];
  }
  return out;
}

/** One perceptron pass over a sentence's gold tree; returns the number labelled right. */
export function trainLabellerSentence(trainer: PerceptronTrainer, enc: EncodedWords, tags: Uint8Array, heads: Int32Array, gold: Int32Array): number {
  const tree = indexTree(heads);
  const scores = new Float32Array(trainer.classes);
  let right = 0;
  for (let d = 0; d < enc.n; d++) {
    if (heads[d] < 0) continue;
    const nf = labellerFeatures(enc, tags, heads, tree, d, scratchFeats);
    trainer.score(scratchFeats, nf, scores);
    const guess = argmax(scores, trainer.classes);
    if (guess === gold[d]) right++;
    else trainer.update(scratchFeats, nf, gold[d], guess);
    trainer.tick();
  }
  return right;
}
