// Values remembered per word id (the tagger's word scores, lemmas) are those worked out from
// scratch, also for a form seen under two tags and after the word cache has started again, when
// the same ids name other forms.
import test from 'node:test';
import assert from 'node:assert/strict';
import { encodeWords } from '../../../src/pipeline/syntax/lexical.js';
import { learnLemmas, lemmatize } from '../../../src/pipeline/syntax/lemma.js';
import { sentenceLemmas } from '../../../src/pipeline/syntax/lemma-memo.js';
import { tagSentence } from '../../../src/pipeline/syntax/tagger.js';
import { loadSyntaxModel } from '../../../src/pipeline/syntax/index.js';
import { uposId, UPOS } from '../../../src/pipeline/syntax/upos.js';

const table = learnLemmas([
  { form: 'walks', upos: 'VERB', lemma: 'walk' },
  { form: 'walks', upos: 'NOUN', lemma: 'walk' },
  { form: 'rowed', upos: 'VERB', lemma: 'row' },
  { form: 'Rowed', upos: 'PROPN', lemma: 'Rowed' },
  { form: 'saw', upos: 'VERB', lemma: 'see' },
  { form: 'saw', upos: 'NOUN', lemma: 'saw' },
]);

test('a lemma remembered per word is the one lemmatize gives, whichever tag comes first', () => {
  const forms = ['She', 'saw', 'the', 'saw', 'and', 'saw', 'walks'];
  const resources = { clusters: new Map<string, Int32Array>() };
  const tagSets = [
    ['PRON', 'VERB', 'DET', 'NOUN', 'CCONJ', 'VERB', 'NOUN'],
    ['PRON', 'NOUN', 'DET', 'VERB', 'CCONJ', 'NOUN', 'VERB'],
  ];
  for (let round = 0; round < 2; round++) {
    for (const names of tagSets) {
      const tags = Uint8Array.from(names, uposId);
      const enc = encodeWords(forms, resources);
      assert.deepEqual(sentenceLemmas(table, forms, enc, tags), forms.map((f, i) => lemmatize(table, f, UPOS[tags[i]])));
    }
  }
});

test('tags and lemmas stay right when the word cache starts again and ids name other forms', () => {
  const model = loadSyntaxModel();
  const first = ['The', 'ferry', 'saw', 'rough', 'water', 'near', 'the', 'pier', '.'];
  const second = ['Clerks', 'walks', 'home', 'late', 'every', 'night', '.'];
  const fresh = (forms: string[]) => {
    const enc = encodeWords(forms, model.resources);
    const tags = tagSentence(model.tagger, enc);
    return { tags: Array.from(tags), lemmas: sentenceLemmas(model.lemmas, forms, enc, tags) };
  };
  const before = { first: fresh(first), second: fresh(second) };
  // enough new forms to fill the cache, so the next sentence starts a new vocabulary whose ids
  // 0, 1, 2 … are given to other forms than before
  const filler: string[] = [];
  for (let i = 0; i < 100_000; i++) filler.push(`zq${i.toString(36)}`);
  encodeWords(filler, model.resources);
  const encFirst = encodeWords(first, model.resources);
  encodeWords(filler, model.resources);
  const encSecond = encodeWords(second, model.resources);
  assert.notEqual(encFirst.vocabulary, encSecond.vocabulary);
  assert.equal(encFirst.ids[0], encSecond.ids[0], 'the same id names "The" in one vocabulary and "Clerks" in the other');
  for (const [forms, enc, want] of [
    [first, encFirst, before.first],
    [second, encSecond, before.second],
    [first, encFirst, before.first],
  ] as const) {
    const tags = tagSentence(model.tagger, enc);
    assert.deepEqual(Array.from(tags), want.tags);
    assert.deepEqual(sentenceLemmas(model.lemmas, forms, enc, tags), want.lemmas);
  }
});
