// The per-topic breakdown of event coreference: counts worked out by hand on small clusterings,
// and `eval event-coref --per-topic` on an ECB+-shaped fixture of our own (an arrest told three
// ways across two reports, a fire told twice, and one unlinked happening).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readEcbTopic, readValidatedSentences } from '../../src/eval/ecb/read.js';
import { breakdownLine, topicBreakdown } from '../../src/eval/ecb/topic-breakdown.js';
import { corefScores } from '../../src/eval/ecb/scores.js';
import { runCli } from '../helpers.js';

const DIR = join('test', 'fixtures', 'ecb-breakdown');

test('the fixture reads as three gold events over two reports', () => {
  const docs = readEcbTopic(DIR, '9', readValidatedSentences(join(DIR, 'coreference_sentences.csv')));
  const clusters = new Map<string, string[]>();
  for (const d of docs) for (const m of d.mentions) clusters.set(m.cluster, [...(clusters.get(m.cluster) ?? []), m.key]);
  assert.deepEqual([...clusters.values()].map((c) => c.length).sort(), [1, 2, 3]);
});

test('topic breakdown: links, clusters and singletons counted against gold', () => {
  const key = new Map([['a', 'X'], ['b', 'X'], ['c', 'X'], ['d', 'Y'], ['e', 'Z']]);
  // the response splits c off X and wrongly joins d to e
  const response = new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '3'], ['e', '3']]);
  const b = topicBreakdown('9', ['a', 'b', 'c', 'd', 'e'], key, response);
  assert.equal(b.mentions, 5);
  assert.deepEqual([b.goldClusters, b.responseClusters, b.goldSingletons, b.responseSingletons], [3, 3, 2, 1]);
  assert.deepEqual([b.rightLinks, b.wrongLinks, b.missingLinks], [1, 1, 2]);
  assert.ok(b.scores.conllF1 > 0 && b.scores.conllF1 < 1);
  assert.match(breakdownLine(b), /topic +9: +5 mentions .*singletons 1\/2 .*wrong 1 missing 2/);
});

test('topic breakdown: mentions absent from the response stand alone', () => {
  const key = new Map([['a', 'X'], ['b', 'X']]);
  const b = topicBreakdown('3', ['a', 'b'], key, new Map());
  assert.deepEqual([b.responseClusters, b.responseSingletons, b.missingLinks, b.rightLinks], [2, 2, 1, 0]);
});

test('topic breakdown: predicted mentions gold lacks keep their wrong links and lower the scores', () => {
  const key = new Map([['a', 'X'], ['b', 'X'], ['c', 'Y']]);
  // the response joins two spurious mentions to the gold pair
  const response = new Map([['a', '1'], ['b', '1'], ['p1', '1'], ['p2', '1'], ['c', '2']]);
  const b = topicBreakdown('4', ['a', 'b', 'c'], key, response);
  assert.deepEqual([b.mentions, b.rightLinks, b.wrongLinks, b.missingLinks], [3, 1, 5, 0]);
  assert.deepEqual([b.goldClusters, b.responseClusters], [2, 2]);
  assert.equal(b.scores.conllF1, corefScores(key, response).conllF1);
  assert.ok(b.scores.conllF1 < 1);
});

test('eval event-coref --per-topic reports each topic', () => {
  const r = runCli(['eval', 'event-coref', '--ecb', DIR, '--topics', '9', '--json', '--per-topic']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.goldMentions, 6);
  assert.equal(report.perTopic.length, 1);
  const [t] = report.perTopic;
  assert.equal(t.topic, '9');
  assert.equal(t.goldClusters, 3);
  assert.equal(t.goldSingletons, 1);
  // 3 + 1 gold links, each either found or missed
  assert.equal(t.rightLinks + t.missingLinks, 4);
  assert.equal(t.scores.conllF1, report.chronicle.conllF1, 'one topic: its scores are the whole');
  const plain = runCli(['eval', 'event-coref', '--ecb', DIR, '--topics', '9', '--per-topic']);
  assert.match(plain.stdout, /^topic +9: +6 mentions/m);
});
