import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { holdBack } from '../../src/train/lib/held-back.js';
import { parseConll, type ConllDoc } from '../../src/train/lib/conll.js';
import { trainPerceptron } from '../../src/train/lib/ner-perceptron.js';
import { emptyResources } from '../../src/pipeline/entities/features.js';

test('every Nth training document is held back to choose epochs; the rest is trained on', () => {
  const docs = Array.from({ length: 25 }, (_, i) => ({ sentences: [{ words: [`w${i}`], labels: ['O'] }] }) as unknown as ConllDoc);
  const { fit, select } = holdBack(docs, 10);
  assert.deepEqual(select, [docs[9], docs[19]]);
  assert.equal(fit.length, 23);
  assert.ok(select.every((d) => !fit.includes(d)));
  assert.deepEqual(holdBack(docs, 0), { fit: docs, select: [] });
});

test('a refit trains each run for the epochs its selection chose', () => {
  const docs = parseConll(readFileSync('test/fixtures/entities/tiny-train.conll', 'utf8'));
  const refit = trainPerceptron(docs, null, emptyResources(), { epochs: 9, seed: 2, runs: 2, epochsPerRun: [2, 3] });
  assert.deepEqual(refit.bestEpochs, [2, 3]);
  // run 2 of the refit is the same as a run of its own with seed 3 for 3 epochs
  const first = trainPerceptron(docs, null, emptyResources(), { epochs: 2, seed: 2 });
  const second = trainPerceptron(docs, null, emptyResources(), { epochs: 3, seed: 3 });
  for (let i = 0; i < refit.weights.length; i += 97) assert.ok(Math.abs(refit.weights[i] - (first.weights[i] + second.weights[i]) / 2) < 1e-5);
});
