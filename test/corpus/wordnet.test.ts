// The WordNet reader and the head relations built on it, on a dictionary of a few synsets written
// for these tests (test/fixtures/wordnet, in WordNet's file format), and the pair features they feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectPath } from '../../src/paths.js';
import { baseForms, installedWordNet, isKindOf, openWordNet } from '../../src/pipeline/lexicons/wordnet.js';
import { headRelations, NO_RELATION } from '../../src/corpus/events/head-senses.js';
import { PAIR_FEATURES, headRates, pairFeatures, type CorefMention, type PairEnvironment } from '../../src/corpus/events/mention-pairs.js';

const wn = openWordNet(projectPath('test', 'fixtures', 'wordnet'));

test('a lemma finds its synsets by binary search; a prefix or an unknown word finds none', () => {
  const [thwart] = wn.synsets('thwart', 'v');
  assert.equal(thwart, 'v:00000097');
  assert.deepEqual(wn.synsets('foil', 'v'), [thwart], 'two words of one synset');
  assert.deepEqual(wn.synsets('open', 'v'), [], '"open" is only a prefix of open_fire');
  assert.deepEqual(wn.synsets('zebra', 'n'), []);
  assert.deepEqual(wn.synsets('thwart', 'n'), [], 'no noun of that spelling');
  assert.equal(wn.synsets('cup', 'n')[0], wn.synsets('trophy', 'n')[0]);
});

test('an inflected word is looked up by its base form', () => {
  assert.deepEqual(baseForms('medals', 'n'), ['medals', 'medal']);
  assert.ok(baseForms('thwarted', 'v').includes('thwart'));
  assert.deepEqual(wn.synsets('medals', 'n'), wn.synsets('medal', 'n'));
  assert.deepEqual(wn.synsets('foiled', 'v'), wn.synsets('foil', 'v'));
});

test('a synset read at its byte offset: words, hypernym and derivation pointers', () => {
  const s = wn.synset('v:00000097');
  assert.ok(s);
  assert.deepEqual(s.words, ['thwart', 'foil']);
  assert.deepEqual(s.pointers.map((p) => [p.symbol, p.target, p.sourceWord]), [['@', 'v:00000181', 0]]);
  const hinder = wn.synset('v:00000181');
  assert.equal(hinder?.words[0], 'hinder');
  assert.deepEqual(hinder?.pointers.map((p) => [p.symbol, p.target, p.sourceWord]), [['+', 'n:00000283', 1]]);
  assert.equal(wn.synset('n:00000283')?.words[0], 'hindrance');
  assert.equal(wn.synset('n:00000001'), null, 'an offset inside the header is no synset line');
});

test('a synset\'s lexicographer file, from its line; how many senses the tagged corpus counted', () => {
  const [gunman] = wn.synsets('gunman', 'n');
  assert.equal(wn.lexFile(gunman), 18, 'noun.person');
  assert.equal(wn.synset(gunman)?.lexFile, 18);
  assert.equal(wn.lexFile(wn.synsets('anger', 'n')[0]), 12, 'noun.feeling');
  assert.equal(wn.lexFile('n:00000001'), -1, 'an offset inside the header is no synset line');
  assert.equal(wn.taggedSenses('gunman', 'n'), 1);
  assert.equal(wn.taggedSenses('anger', 'n'), 0);
});

test('a kind of: the synset itself or a hypernym within the steps allowed, only through synsets the walk may enter', () => {
  const medal = wn.synsets('medal', 'n')[0];
  const isPrize = (s: { words: string[] }) => s.words.includes('prize');
  assert.ok(isKindOf(wn, medal, isPrize, { maxHops: 1 }), 'a medal is a prize, one step up');
  assert.ok(!isKindOf(wn, medal, isPrize, { maxHops: 0 }), 'no step allowed: the medal alone');
  assert.ok(isKindOf(wn, wn.synsets('prize', 'n')[0], isPrize, { maxHops: 0 }), 'the synset itself counts');
  assert.ok(!isKindOf(wn, medal, isPrize, { maxHops: 3, within: (s) => !s.words.includes('prize') }), 'the prize synset is outside the walk');
  assert.ok(!isKindOf(wn, wn.synsets('anger', 'n')[0], isPrize, { maxHops: 5 }), 'no hypernym at all');
});

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

test('WordNet\'s first sense written in lower case is a common noun; a word written as a name in every sense is a proper noun', async () => {
  const { installedWordNet, commonNounFirst, onlyProperNoun } = await import('../../src/pipeline/lexicons/wordnet.js');
  const installed = installedWordNet();
  if (!installed) return;
  assert.equal(commonNounFirst(installed, 'Nurses'), true);
  assert.equal(commonNounFirst(installed, 'Peru'), false);
  assert.equal(commonNounFirst(installed, 'Zzxq'), false);
  assert.equal(onlyProperNoun(installed, 'nato'), true);
  assert.equal(onlyProperNoun(installed, 'ohio'), true);
  assert.equal(onlyProperNoun(installed, 'oil'), false);
  assert.equal(onlyProperNoun(installed, 'zzxq'), false);
});

test('lemmasOpeningWith lists the multi-word lemmas whose first word is the word', () => {
  assert.deepEqual(wn.lemmasOpeningWith('gunman', 'n'), [], 'the fixture has no phrase opening with it');
  const full = installedWordNet();
  if (!full) return;
  const lemmas = full.lemmasOpeningWith('Isaac', 'n');
  assert.ok(lemmas.length > 0 && lemmas.every((l) => l.startsWith('isaac_')), lemmas.join(' '));
  assert.deepEqual(full.lemmasOpeningWith('isaac_newton', 'n'), [], 'a word, not a phrase');
});
