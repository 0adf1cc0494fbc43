import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emptyResources } from '../../src/pipeline/entities/features.js';
import { deserialiseModel, serialiseModel } from '../../src/pipeline/entities/model.js';
import { bilouSpans, TYPES } from '../../src/pipeline/entities/tags.js';
import { tagDocument } from '../../src/pipeline/entities/tagger.js';
import { parseConll } from '../../src/train/lib/conll.js';
import { trainPerceptron } from '../../src/train/lib/ner-perceptron.js';

const docs = parseConll(readFileSync('test/fixtures/entities/tiny-train.conll', 'utf8'));

function names(words: string[], tags: Uint8Array): string[] {
  return bilouSpans(tags).map((s) => `${TYPES[s.type]}:${words.slice(s.start, s.end).join(' ')}`);
}

test('trains on a tiny fixture, tags a held-out sentence, survives save/load', () => {
  assert.equal(docs.length, 2);
  const trained = trainPerceptron(docs, null, emptyResources(), { epochs: 10, seed: 7 });
  const model = deserialiseModel(serialiseModel(trained.keys, trained.weights, trained.trans, emptyResources(), { test: 1 }, 0));
  const heldOut = 'Mary Jones visited Berlin on Friday .'.split(' ');
  assert.deepEqual(names(heldOut, tagDocument(model, { sentences: [heldOut] })), ['PER:Mary Jones', 'LOC:Berlin']);
  const second = 'David White works for Acme Corp in Rome .'.split(' ');
  assert.deepEqual(names(second, tagDocument(model, { sentences: [second] })), ['PER:David White', 'ORG:Acme Corp', 'LOC:Rome']);
});

test('training is reproducible for a fixed seed', () => {
  const a = trainPerceptron(docs, null, emptyResources(), { epochs: 3, seed: 3 });
  const b = trainPerceptron(docs, null, emptyResources(), { epochs: 3, seed: 3 });
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.trans, b.trans);
});

test('several runs are averaged into one model: the mean of the single runs with consecutive seeds', () => {
  const bagged = trainPerceptron(docs, null, emptyResources(), { epochs: 3, seed: 5, runs: 2 });
  const a = trainPerceptron(docs, null, emptyResources(), { epochs: 3, seed: 5 });
  const b = trainPerceptron(docs, null, emptyResources(), { epochs: 3, seed: 6 });
  assert.deepEqual(bagged.keys, a.keys);
  assert.notDeepEqual(a.weights, b.weights, 'the seeds shuffle differently');
  for (let i = 0; i < bagged.weights.length; i++) assert.ok(Math.abs(bagged.weights[i] - (a.weights[i] + b.weights[i]) / 2) < 1e-5);
  assert.deepEqual(bagged.bestEpochs, [3, 3]);
});
