import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emptyResources } from '../../src/pipeline/entities/features.js';
import { createModel, type NerModel } from '../../src/pipeline/entities/model.js';
import { bilouFromIob } from '../../src/pipeline/entities/tags.js';
import { parseConll, type ConllDoc } from '../../src/train/lib/conll.js';
import { formatConll, iobLabels, silverDocs } from '../../src/train/lib/ner-silver.js';
import { trainPerceptron } from '../../src/train/lib/ner-perceptron.js';

const train = parseConll(readFileSync('test/fixtures/entities/tiny-train.conll', 'utf8'));
const extra = parseConll(readFileSync('test/fixtures/entities/tiny-extra.conll', 'utf8'));

function model(docs: ConllDoc[]): NerModel {
  const w = trainPerceptron(docs, null, emptyResources(), { epochs: 6, seed: 2 });
  return createModel(w.keys, w.weights, w.trans, emptyResources(), {});
}

const TEXT = 'John Smith works in Paris now. Brightwater Mills sold wheat to Canadian bakers. Ok.';

test('silver data keeps the sentences every model tags alike, and only those', () => {
  const plain = model(train);
  const more = model([...train, ...extra]);
  const alone = silverDocs([TEXT], [plain], { maxTokens: 1000, minWords: 3 });
  // one model: every sentence long enough is kept ("Ok." is too short)
  assert.equal(alone.stats.sentences, 3);
  assert.equal(alone.stats.kept, 2);
  const both = silverDocs([TEXT], [plain, more], { maxTokens: 1000, minWords: 3 });
  // the two models read the mill differently, so that sentence is dropped
  assert.equal(both.stats.kept, 1);
  const [doc] = both.docs;
  assert.deepEqual(doc.sentences[0].words, ['John', 'Smith', 'works', 'in', 'Paris', 'now', '.']);
  assert.deepEqual(doc.sentences[0].labels, ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O']);
});

test('silver data skips all-capitals articles and stops at the token budget', () => {
  const m = model(train);
  assert.equal(silverDocs(['JOHN SMITH WORKS IN PARIS NOW.'], [m], { maxTokens: 1000, minWords: 3 }).docs.length, 0);
  const capped = silverDocs([TEXT, TEXT, TEXT], [m], { maxTokens: 5, minWords: 3 });
  assert.equal(capped.docs.length, 1);
});

test('silver files read back as the same names, adjacent names of one type kept apart', () => {
  const labels = ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC'];
  const tags = bilouFromIob(labels);
  assert.deepEqual(iobLabels(tags), labels);
  const docs: ConllDoc[] = [{ sentences: [{ words: ['Ann', 'Lee', 'Bo', 'met', 'Oslo'], labels }] }];
  assert.deepEqual(parseConll(formatConll(docs)), docs);
});
