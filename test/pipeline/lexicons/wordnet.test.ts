// The WordNet reader, on a dictionary of a few synsets written for these tests (test/fixtures/wordnet,
// in WordNet's file format); the head relations built on it are test/corpus/head-senses.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectPath } from '../../../src/paths.js';
import { baseForms, installedWordNet, isKindOf, openWordNet } from '../../../src/pipeline/lexicons/wordnet.js';

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

test('WordNet\'s first sense written in lower case is a common noun; a word written as a name in every sense is a proper noun', async () => {
  const { installedWordNet, commonNounFirst, onlyProperNoun } = await import('../../../src/pipeline/lexicons/wordnet.js');
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

test('remembered look-ups answer as the first: a word asked as a noun and then as a verb, or the other way round', () => {
  const lemmas = ['thwart', 'foiled', 'medals', 'gunman', 'anger', 'zebra', 'open'];
  const fresh = (pos: 'n' | 'v') => lemmas.map((l) => [openWordNet(projectPath('test', 'fixtures', 'wordnet')).synsets(l, pos), openWordNet(projectPath('test', 'fixtures', 'wordnet')).taggedSenses(l, pos)]);
  const expected = { n: fresh('n'), v: fresh('v') };
  for (const order of [['n', 'v'], ['v', 'n']] as const) {
    const one = openWordNet(projectPath('test', 'fixtures', 'wordnet'));
    for (let pass = 0; pass < 2; pass++)
      for (const pos of order) assert.deepEqual(lemmas.map((l) => [one.synsets(l, pos), one.taggedSenses(l, pos)]), expected[pos], `${order.join(' then ')}, pass ${pass + 1}`);
  }
  assert.deepEqual(expected.v[0][0], ['v:00000097']);
  assert.deepEqual(expected.n[0][0], [], 'the miss for the noun does not hide the verb');
});

test('the binary search finds the first and the last lemma, and nothing for a word that sorts before, after, between or around one', () => {
  for (const noun of ['anger', 'cup', 'gunman', 'hindrance', 'medal', 'prize', 'trophy', 'voter']) assert.equal(wn.synsets(noun, 'n').length, 1, noun);
  for (const absent of ['aardvark', 'zymurgy', 'dinghy', 'cupboard', 'cu', 'voters-guide', 'café', 'a']) assert.deepEqual(wn.synsets(absent, 'n'), [], absent);
});

test('a reader whose caches hold two entries answers as one that keeps everything, asked in any order', () => {
  const small = openWordNet(projectPath('test', 'fixtures', 'wordnet'), { synsets: 2, lemmas: 2 });
  const words: Array<[string, 'n' | 'v']> = [['thwart', 'v'], ['medal', 'n'], ['gunman', 'n'], ['anger', 'n'], ['foiled', 'v'], ['prize', 'n'], ['zebra', 'n']];
  for (let round = 0; round < 3; round++) {
    for (const [word, pos] of round === 1 ? [...words].reverse() : words) {
      assert.deepEqual(small.synsets(word, pos), wn.synsets(word, pos), word);
      assert.equal(small.taggedSenses(word, pos), wn.taggedSenses(word, pos), word);
      for (const id of wn.synsets(word, pos)) {
        assert.deepEqual(small.synset(id), wn.synset(id), id);
        assert.ok(isKindOf(small, id, (s) => s.words.includes('prize'), { maxHops: 2 }) === isKindOf(wn, id, (s) => s.words.includes('prize'), { maxHops: 2 }), id);
      }
    }
  }
});
