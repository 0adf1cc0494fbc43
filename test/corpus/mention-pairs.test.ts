// The pair model for event-mention coreference, on mentions and documents made up here: average
// link, the pair features, a logistic model learned from labelled pairs, and clustering with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageLink } from '../../src/corpus/events/agglomerate.js';
import { PAIR_FEATURES, headKey, headRates, linearScore, linkProbability, pairFeatures, trainLogistic, type CorefMention, type PairEnvironment } from '../../src/corpus/events/mention-pairs.js';
import { clusterByModel } from '../../src/corpus/events/mention-coref.js';

test('average link joins a tight group but one strong pair does not chain two groups', () => {
  // 0–1 alike, 2–3 alike, and only 1–2 alike across the groups
  const sim = (i: number, j: number) => {
    const [a, b] = [Math.min(i, j), Math.max(i, j)];
    return (a === 0 && b === 1) || (a === 2 && b === 3) ? 0.9 : a === 1 && b === 2 ? 0.8 : 0;
  };
  const owner = averageLink(4, sim, 0.5);
  assert.equal(owner[0], owner[1]);
  assert.equal(owner[2], owner[3]);
  assert.notEqual(owner[0], owner[2], 'single link would have joined all four through 1–2');
});

const mention = (key: string, doc: string, lemma: string, extra: Partial<CorefMention> = {}): CorefMention => ({ key, doc, lemma, participants: [], places: [], date: null, ...extra });

const env = (stories: Record<string, string>): PairEnvironment => ({
  docSimilarity: (a, b) => (stories[a] === stories[b] ? 0.6 : 0.02),
  sameStory: (a, b) => stories[a] === stories[b],
  headRate: headRates(new Map([[headKey('flood', 'inundat'), { linked: 8, seen: 10 }], [headKey('rescu', 'flood'), { linked: 0, seen: 12 }]]), { same: 0.5, different: 0.05 }),
});

test('pair features: heads, stories, arguments and dates read as the names say', () => {
  const e = env({ a: 's1', b: 's1', c: 's2' });
  const f = (x: CorefMention, y: CorefMention) => Object.fromEntries(PAIR_FEATURES.map((name, i) => [name, pairFeatures(x, y, e)[i]]));
  const flood = mention('a1', 'a', 'flood', { args: ['river'], date: '2031-04-02', sentence: 1 });
  const inundation = mention('b1', 'b', 'inundat', { args: ['river'], date: '2031-04' });
  const later = mention('c1', 'c', 'flood', { args: ['valley'], date: '2032-01-09' });
  const pair = f(flood, inundation);
  assert.equal(pair.sameHead, 0);
  assert.ok(pair.headRate > 0.6, 'heads that corefer 8 times in 10');
  assert.equal(pair.sameStory, 1);
  assert.equal(pair.sharedArgument, 1);
  assert.equal(pair.datesDiffer, 0, 'April 2031 fits 2 April 2031');
  const apart = f(flood, later);
  assert.equal(apart.sameHead, 1);
  assert.equal(apart.sameStory, 0);
  assert.equal(apart.argumentsDiffer, 1);
  assert.equal(apart.datesDiffer, 1);
  assert.ok(f(flood, mention('a2', 'a', 'rescu')).headRate < 0.1, 'heads seen 12 times, never one event');
});

test('a logistic model learns from labelled pairs that a shared story and head mean one event', () => {
  const examples: Array<{ x: number[]; y: number }> = [];
  for (let i = 0; i < 200; i++) {
    const story = i % 2;
    const head = (i >> 1) % 2;
    examples.push({ x: [story, head, story * head], y: story && head ? 1 : 0 });
  }
  const model = trainLogistic(examples, { epochs: 20, learningRate: 0.5, l2: 0 });
  assert.ok(linkProbability(model, [1, 1, 1]) > 0.5);
  assert.ok(linkProbability(model, [1, 0, 0]) < 0.5);
  assert.ok(linkProbability(model, [0, 1, 0]) < 0.5);
});

test('clustering with a pair model: one story\'s flood and inundation join, the other story\'s flood stays apart', () => {
  const weights = PAIR_FEATURES.map((name) => ({ 'headRate×sameStory': 8, sameSentence: -4 } as Record<string, number>)[name] ?? 0);
  const model = { weights, bias: -3 };
  const mentions = [mention('a1', 'a', 'flood'), mention('b1', 'b', 'inundat'), mention('b2', 'b', 'rescu'), mention('c1', 'c', 'flood')];
  const clusters = clusterByModel(mentions, env({ a: 's1', b: 's1', c: 's2' }), model, 0.5);
  assert.equal(clusters.get('a1'), clusters.get('b1'));
  assert.notEqual(clusters.get('a1'), clusters.get('b2'));
  assert.notEqual(clusters.get('a1'), clusters.get('c1'));
});

test('the shipped pair model reads only features the code computes', async () => {
  const { shippedPairModel } = await import('../../src/corpus/events/mention-coref.js');
  const model = shippedPairModel();
  assert.ok(model, 'models/event-coref.json ships');
  const missing = model.features.filter((f) => !PAIR_FEATURES.includes(f));
  assert.deepEqual(missing, [], 'retrain with `chronicle train event-coref` after removing a feature');
  assert.equal(model.weights.length, model.features.length);
  assert.ok(model.threshold > 0 && model.threshold < 1);
  const { CLUSTER_PAIR_FEATURES } = await import('../../src/corpus/events/cluster-pairs.js');
  assert.ok(model.clusters, 'the cluster pass ships');
  assert.deepEqual(model.clusters.features.filter((f) => !(CLUSTER_PAIR_FEATURES as readonly string[]).includes(f)), []);
  assert.equal(model.clusters.weights.length, model.clusters.features.length);
});

test('a model that names its features reads them by name, in any order, and skips one no longer computed', () => {
  const names = ['near', 'far', 'loud'];
  const x = [1, 0.5, 0.25];
  assert.equal(linearScore({ weights: [1, 2, 4], bias: 0 }, x, names), 1 + 1 + 1, 'unnamed: by position');
  assert.equal(linearScore({ features: ['loud', 'near'], weights: [4, 1], bias: 0.5 }, x, names), 0.5 + 1 + 1);
  assert.equal(linearScore({ features: ['gone', 'far'], weights: [100, 2], bias: 0 }, x, names), 1);
});

test('headCosine: different heads compare by their word vectors; one head is sameHead\'s alone', () => {
  const withVectors: PairEnvironment = { ...env({ a: 's1', b: 's1' }), headSimilarity: (p, q) => (headKey(p, q) === headKey('blaz', 'fir') ? 0.7 : 0) };
  const at = PAIR_FEATURES.indexOf('headCosine');
  assert.equal(pairFeatures(mention('a1', 'a', 'fir'), mention('b1', 'b', 'blaz'), withVectors)[at], 0.7);
  assert.equal(pairFeatures(mention('a1', 'a', 'fir'), mention('b1', 'b', 'fir'), withVectors)[at], 0);
  assert.equal(pairFeatures(mention('a1', 'a', 'fir'), mention('b1', 'b', 'blaz'), env({ a: 's1', b: 's1' }))[at], 0, 'no vectors: 0');
});
