// The ECB+ reader on a small fixture of our own, and the coreference scores on clusterings
// whose values can be worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readEcbTopic, readValidatedSentences } from '../../src/eval/ecb/read.js';
import { corefScores, maxAssignment } from '../../src/eval/ecb/scores.js';
import { parseTopics } from '../../src/eval/event-coref.js';
import { alignTokens } from '../../src/eval/ecb/analyse.js';
import { runCli } from '../helpers.js';

const DIR = join('test', 'fixtures', 'ecb');

test('ECB+ reader: event mentions of validated sentences with their gold clusters', () => {
  const validated = readValidatedSentences(join(DIR, 'coreference_sentences.csv'));
  const docs = readEcbTopic(DIR, '7', validated);
  assert.deepEqual(docs.map((d) => d.name), ['7_1ecb.xml', '7_2ecbplus.xml']);
  const [one, two] = docs;
  assert.equal(one.tokens.length, 21);
  // sentence 0 (the headline) is not validated: "sinks" is left out; entities are never event mentions
  assert.deepEqual(one.mentions.map((m) => m.key), ['7_1ecb.xml#2', '7_1ecb.xml#3', '7_1ecb.xml#4', '7_1ecb.xml#5']);
  const cluster = Object.fromEntries(one.mentions.map((m) => [m.key, m.cluster]));
  assert.equal(cluster['7_1ecb.xml#2'], 'ACT_SINK');
  assert.equal(cluster['7_1ecb.xml#4'], 'ACT_SINK');
  assert.equal(cluster['7_1ecb.xml#3'], '7_1ecb.xml#chain21', 'a document-local chain');
  assert.equal(cluster['7_1ecb.xml#5'], '7_1ecb.xml#5', 'an unlinked mention is a singleton');
  assert.equal(one.mentions.find((m) => m.key.endsWith('#5'))?.tag, 'NEG_ACTION_OCCURRENCE');
  assert.deepEqual(two.mentions.map((m) => [m.key, m.cluster]), [['7_2ecbplus.xml#1', '7_2ecbplus.xml#1'], ['7_2ecbplus.xml#2', 'ACT_SINK']]);
});

test('coreference scores: a perfect response scores 1, all-singletons scores 0 links', () => {
  const key = new Map([['a', 'X'], ['b', 'X'], ['c', 'X'], ['d', 'Y'], ['e', 'Z']]);
  const perfect = corefScores(key, new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '2'], ['e', '3']]));
  assert.equal(perfect.conllF1, 1);
  const singletons = corefScores(key, new Map([...key.keys()].map((m) => [m, m])));
  assert.equal(singletons.muc.f1, 0);
  assert.equal(singletons.b3.precision, 1);
  // B³ recall: a, b, c each see 1/3 of their cluster; d and e see all of theirs → (1 + 2) / 5
  assert.equal(singletons.b3.recall, 0.6);
  // one big cluster: MUC recall 1, precision 2 links right of 4
  const lumped = corefScores(key, new Map([...key.keys()].map((m) => [m, 'all'])));
  assert.equal(lumped.muc.recall, 1);
  assert.equal(lumped.muc.precision, 0.5);
});

test('the best one-to-one alignment, and topic lists', () => {
  assert.equal(Math.round(maxAssignment([[1, 0.5], [0.9, 0]]) * 10) / 10, 1.4, '0.5 + 0.9 beats 1 + 0');
  assert.equal(maxAssignment([[0.2, 0.9, 0.1]]), 0.9);
  assert.deepEqual(parseTopics('2,5,10-12'), ['2', '5', '10', '11', '12']);
});

test('eval event-coref runs on the fixture and prints its JSON', () => {
  const r = runCli(['eval', 'event-coref', '--ecb', DIR, '--topics', '7', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.goldMentions, 6);
  assert.equal(report.goldClusters, 4);
  assert.ok(report.chronicle.conllF1 > 0 && report.chronicle.conllF1 <= 1);
  assert.ok('sameLemmaBaseline' in report);
  assert.equal(report.details, undefined);
  const detailed = JSON.parse(runCli(['eval', 'event-coref', '--ecb', DIR, '--topics', '7', '--json', '--details']).stdout);
  // gold: three ACT_SINK mentions (3 pairs), two in one document; the rest are singletons
  const gold = detailed.details.goldLinks;
  assert.equal(gold.pairs, 3);
  assert.equal(gold.sameLemma.sameDocument + gold.differentLemma.sameDocument, 1);
});

test('ECB+ tokens align sentence by sentence: a line the extract stage dropped displaces nothing after it', () => {
  const sentence = (n: number, words: string[], first: number) => words.map((text, i) => ({ id: first + i, sentence: n, text }));
  const doc = {
    name: 'x.xml', topic: '1', mentions: [],
    tokens: [
      ...sentence(0, ['http', ':', '/', '/', 'example', '.', 'org', '/', 'ferry', '-', 'sinks'], 1),
      ...sentence(1, ['The', 'ferry', 'sank', 'off', 'the', 'cape', '.'], 20),
      ...sentence(2, ['All', 'crew', 'were', 'rescued', '.'], 30),
    ],
  };
  // the analysed text kept only the two real sentences
  const text = 'The ferry sank off the cape .\n\nAll crew were rescued .';
  const spans = alignTokens(doc, text);
  assert.equal(spans.has(1), false, 'the URL line is not placed');
  assert.deepEqual(spans.get(22), { start: 10, end: 14 }, '"sank"');
  assert.equal(text.slice(spans.get(33)!.start, spans.get(33)!.end), 'rescued');
});
