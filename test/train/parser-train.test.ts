import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/pipeline/syntax/analyse.js';
import { parseConllu } from '../../src/pipeline/syntax/conllu.js';
import { deserialiseSyntaxModel, serialiseSyntaxModel } from '../../src/pipeline/syntax/model.js';
import { learnSplits, trainSyntaxModel } from '../../src/train/lib/parser-train.js';
import { tinyTreebank } from '../pipeline/syntax/helpers.js';

const sentences = parseConllu(tinyTreebank());
const options = { taggerEpochs: 8, parserEpochs: 8, labellerEpochs: 8, folds: 1, seed: 5, explore: 0.9, minWeight: 0, log: () => {} };

test('training is reproducible for a fixed seed', () => {
  const a = serialiseSyntaxModel(trainSyntaxModel(sentences, null, { clusters: new Map() }, options));
  const b = serialiseSyntaxModel(trainSyntaxModel(sentences, null, { clusters: new Map() }, options));
  assert.ok(a.equals(b));
  const c = serialiseSyntaxModel(trainSyntaxModel(sentences, null, { clusters: new Map() }, { ...options, seed: 6 }));
  assert.ok(!a.equals(c), 'another seed shuffles differently');
});

test('a model trained on the fixture learns it and survives save and load', () => {
  const model = deserialiseSyntaxModel(serialiseSyntaxModel(trainSyntaxModel(sentences, null, { clusters: new Map() }, options)));
  let words = 0;
  let right = 0;
  for (const s of sentences) {
    const a = analyseSentence(model, s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      words++;
      if (a.upos[i] === w.upos && a.heads[i] === w.head && a.deprels[i] === w.deprel) right++;
    });
  }
  assert.ok(right / words > 0.9, `fits its training data: ${right}/${words}`);
  assert.deepEqual(analyseSentence(model, ['Farmers', 'who', 'grow', 'rice', 'ca', "n't", 'sell', 'it', '.']).lemmas, ['farmer', 'who', 'grow', 'rice', 'can', 'not', 'sell', 'it', '.']);
});

/** A CoNLL-U sentence from [form, feats, misc] words; `split` marks words 1..2 as one token. */
function sentence(token: string | null, words: Array<[string, string?, string?]>): string {
  const lines = words.map(([form, feats = '_', misc = '_'], i) => `${i + 1}\t${form}\t${form}\tX\t_\t${feats}\t${i === 0 ? 0 : 1}\t${i === 0 ? 'root' : 'dep'}\t_\t${misc}`);
  if (token) lines.unshift(`1-2\t${token}\t_\t_\t_\t_\t_\t_\t_\t_`);
  return `${lines.join('\n')}\n`;
}

test('splits are learned only where the treebank splits a word on purpose, and mostly', () => {
  const treebank = [
    sentence('cannot', [['can'], ['not'], ['swim']]),
    sentence('cannot', [['can'], ['not'], ['wait']]),
    // a missing apostrophe the annotators split and marked as a typo: not a rule for edited text
    sentence('dogs', [['dog'], ['s', 'Typo=Yes', "CorrectForm='s"], ['barking']]),
    sentence('dogs', [['dog'], ['s', 'Typo=Yes'], ['here']]),
    // split twice, but whole three times: the whole word is the usual reading
    sentence('wanna', [['wan'], ['na'], ['go']]),
    sentence('wanna', [['wan'], ['na'], ['stay']]),
    sentence(null, [['wanna'], ['ride']]),
    sentence(null, [['wanna'], ['sing']]),
    sentence(null, [['wanna'], ['dance']]),
  ].join('\n');
  const splits = learnSplits(parseConllu(treebank));
  assert.deepEqual([...splits], [['cannot', ['can', 'not']]]);
});
