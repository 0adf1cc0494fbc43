// The head relations built on the WordNet reader, on a dictionary of a few synsets written for
// these tests (test/fixtures/wordnet, in WordNet's file format), and the pair features they feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectPath } from '../../src/paths.js';
import { openWordNet } from '../../src/pipeline/lexicons/wordnet.js';
import { headRelations, NO_RELATION } from '../../src/corpus/events/head-senses.js';
import { PAIR_FEATURES, headRates, pairFeatures, type CorefMention, type PairEnvironment } from '../../src/corpus/events/mention-pairs.js';

const wn = openWordNet(projectPath('test', 'fixtures', 'wordnet'));

test('head relations: synonyms, a kind of the other, kinds of one thing, a noun of the verb', () => {
  const rel = headRelations(wn);
  const h = (lemma: string, pos = 'NOUN', senseKeys?: string[]) => ({ lemma, pos, ...(senseKeys ? { senseKeys } : {}) });
  const synonyms = rel(h('foil', 'VERB'), h('thwart', 'VERB'));
  assert.equal(synonyms.synonym, 1);
  assert.equal(synonyms.firstSynonym, 1);
  assert.equal(synonyms.derived, 0, 'a synonym is not counted again as a derivation');
  assert.deepEqual({ ...rel(h('medal'), h('prize')), sibling: 0 }, { ...NO_RELATION, hypernym: 1, hypernym2: 1 });
  const siblings = rel(h('medal'), h('trophy'));
  assert.equal(siblings.sibling, 1);
  assert.equal(siblings.synonym, 0);
  // open fire → shoot → strike: two hops, found by the phrase, not its first word
  const fire = rel(h('open', 'VERB', ['open_fire', 'open']), h('strike', 'VERB'));
  assert.equal(fire.hypernym, 0);
  assert.equal(fire.hypernym2, 1);
  assert.equal(rel(h('hindrance'), h('hinder', 'VERB')).derived, 1);
  assert.deepEqual(rel(h('prize'), h('shoot', 'VERB')), NO_RELATION);
  assert.deepEqual(rel(h('foil', 'VERB'), h('foil', 'NOUN')), NO_RELATION, 'one lemma is sameHead\'s');
});

test('pair features read the WordNet relation, and 0 without one', () => {
  const mention = (key: string, doc: string, lemma: string, pos: string): CorefMention => ({ key, doc, lemma, pos, participants: [], places: [], date: null });
  const base: PairEnvironment = {
    docSimilarity: () => 0.5,
    sameStory: () => true,
    headRate: headRates(new Map(), { same: 0.5, different: 0.05 }),
  };
  const rel = headRelations(wn);
  const a = mention('a1', 'a', 'foil', 'VERB');
  const b = mention('b1', 'b', 'thwart', 'VERB');
  const named = (env: PairEnvironment) => Object.fromEntries(PAIR_FEATURES.map((f, i) => [f, pairFeatures(a, b, env)[i]]));
  const withWordNet = named({ ...base, headRelation: rel });
  assert.equal(withWordNet.wnSynonym, 1);
  assert.equal(withWordNet.wnRelated, 1);
  assert.equal(withWordNet.wnHypernym, 0);
  const without = named(base);
  assert.equal(without.wnSynonym, 0);
  assert.equal(without.wnRelated, 0);
});

test('cluster pairs count the share of mention pairs whose heads WordNet relates', async () => {
  const { CLUSTER_PAIR_FEATURES, clusterPairs } = await import('../../src/corpus/events/cluster-pairs.js');
  const m = (key: string, doc: string, lemma: string): CorefMention => ({ key, doc, lemma, pos: 'VERB', participants: [], places: [], date: null, sentence: 0 });
  // guards foiled a break-in (two reports), thwarted it (a third); a fourth report is of a strike
  const mentions = [m('a', 'r1', 'foil'), m('b', 'r2', 'foil'), m('c', 'r3', 'thwart'), m('d', 'r4', 'strike')];
  const env: PairEnvironment = { docSimilarity: () => 0.5, sameStory: () => true, headRate: headRates(new Map(), { same: 0.5, different: 0.05 }), headRelation: headRelations(wn) };
  const links = Array.from({ length: mentions.length }, () => new Float64Array(mentions.length));
  const pairs = clusterPairs([[0, 1], [2], [3]], mentions, links, env);
  const feature = (i: number, j: number) => pairs.find(([a, b]) => a === i && b === j)![2][CLUSTER_PAIR_FEATURES.indexOf('wnRelated')];
  assert.equal(feature(0, 1), 1, 'both foil mentions are synonyms of thwart');
  assert.equal(feature(0, 2), 0, 'foil and strike are not related within one hop');
});
