import test from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu, universalRelation, writeConllu } from '../../../src/pipeline/syntax/conllu.js';
import { tinyTreebank } from './helpers.js';

test('CoNLL-U: reading then writing gives back the same text', () => {
  const text = tinyTreebank();
  assert.equal(writeConllu(parseConllu(text)), text);
});

test('CoNLL-U: words skip multiword ranges and keep 0-based heads, -1 for the root', () => {
  const sentences = parseConllu(tinyTreebank());
  assert.equal(sentences.length, 8);
  const s3 = sentences[2];
  assert.deepEqual(s3.words.map((w) => w.form), ['Farmers', 'who', 'grow', 'rice', 'ca', "n't", 'sell', 'it', '.']);
  assert.equal(s3.lines.filter((l) => l.startsWith('5-6\t')).length, 1);
  assert.equal(s3.words[6].head, -1);
  assert.equal(s3.words[0].head, 6);
  assert.equal(s3.words[2].deprel, 'acl:relcl');
});

test('CoNLL-U: a line without ten columns is an error, not a silent skip', () => {
  assert.throws(() => parseConllu('1\tword\tword\n'), /10 columns/);
});

test('universal relation is the part before the colon', () => {
  assert.equal(universalRelation('nsubj:pass'), 'nsubj');
  assert.equal(universalRelation('obj'), 'obj');
});
