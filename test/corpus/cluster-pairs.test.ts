// The second pass of event-mention coreference, on mentions made up here: two clusters that name
// one story's event in different words, each in its own reports' leads, join; two clusters that
// share their sentences do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLUSTER_PAIR_FEATURES, clusterPairs, clustersOf, joinClusters } from '../../src/corpus/events/cluster-pairs.js';
import { headRates, type CorefMention, type PairEnvironment } from '../../src/corpus/events/mention-pairs.js';

const mention = (key: string, doc: string, lemma: string, sentence: number): CorefMention => ({ key, doc, lemma, participants: ['ent_ferry'], places: [], date: null, sentence });

const env: PairEnvironment = {
  docSimilarity: (a, b) => (a === b ? 1 : a[0] === b[0] ? 0.5 : 0.05),
  sameStory: (a, b) => a[0] === b[0],
  headRate: headRates(new Map(), { same: 0.5, different: 0.05 }),
};

test('cluster pairs: reports taking turns with two words for one event join; words sharing sentences stay apart', () => {
  // story s: reports s1, s2 say "sank", s3, s4 say "capsized", each in its headline; s1 and s3 also
  // tell of a "rescue" in the same sentence as the sinking
  const mentions = [
    mention('s1a', 's1', 'sink', 0), mention('s2a', 's2', 'sink', 0),
    mention('s3a', 's3', 'capsiz', 0), mention('s4a', 's4', 'capsiz', 0),
    mention('s1b', 's1', 'rescu', 0), mention('s3b', 's3', 'rescu', 0),
  ];
  const clusters = clustersOf([0, 0, 2, 2, 4, 4]);
  assert.deepEqual(clusters, [[0, 1], [2, 3], [4, 5]]);
  const links = Array.from({ length: mentions.length }, () => new Float64Array(mentions.length).fill(0.1));
  const pairs = clusterPairs(clusters, mentions, links, env);
  const feature = (i: number, j: number, name: (typeof CLUSTER_PAIR_FEATURES)[number]) => pairs.find(([a, b]) => a === i && b === j)![2][CLUSTER_PAIR_FEATURES.indexOf(name)];
  assert.equal(feature(0, 1, 'sharedReports'), 0, 'sank and capsized never share a report');
  assert.equal(feature(0, 2, 'sharedSentences'), 0.5, 'rescue shares s1\'s headline with the sinking');
  assert.equal(feature(0, 1, 'lead'), 1);
  // a model that joins clusters of reports apart and penalises shared sentences
  const weights = CLUSTER_PAIR_FEATURES.map((f) => ({ reportsApart: 4, sharedSentences: -8 } as Record<string, number>)[f] ?? 0);
  const owner = joinClusters(clusters, pairs, { weights, bias: -2 }, 0.5, mentions.length);
  assert.equal(owner[0], owner[2], 'sank and capsized join');
  assert.notEqual(owner[0], owner[4], 'the rescue stays apart');
  assert.equal(owner[4], owner[5]);
});
