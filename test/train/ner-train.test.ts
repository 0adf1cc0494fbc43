import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeDocument, rowsOf } from '../../src/pipeline/entities/decode.js';
import { emptyResources, FeatureExtractor } from '../../src/pipeline/entities/features.js';
import { createModel, deserialiseModel, serialiseModel } from '../../src/pipeline/entities/model.js';
import { passOneFeatures } from '../../src/pipeline/entities/pass-one.js';
import { bilouSpans, TYPES } from '../../src/pipeline/entities/tags.js';
import { tagDocument, tokenView } from '../../src/pipeline/entities/tagger.js';
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

test('a two-pass model: the second pass trains on first-pass tags, survives save/load and tags like the reference path', () => {
  const first = trainPerceptron(docs, null, emptyResources(), { epochs: 10, seed: 7 });
  const one = createModel(first.keys, first.weights, first.trans, emptyResources(), {});
  const passOne = new Map(docs.map((d) => [d, tagDocument(one, { sentences: d.sentences.map((s) => s.words) })]));
  const second = trainPerceptron(docs, null, emptyResources(), { epochs: 10, seed: 7, passOne });
  assert.ok(second.keys.length > first.keys.length, 'the second pass has the first-pass features too');
  const model = deserialiseModel(serialiseModel(first.keys, first.weights, first.trans, emptyResources(), {}, 0, second));
  assert.ok(model.secondPass);
  assert.equal(deserialiseModel(serialiseModel(first.keys, first.weights, first.trans, emptyResources(), {}, 0)).secondPass, undefined);
  const heldOut = 'David White works for Acme Corp in Rome . White left Rome .'.split(' ');
  const doc = { sentences: [heldOut.slice(0, 9), heldOut.slice(9)] };
  assert.deepEqual(names(heldOut.slice(0, 9), tagDocument(model, doc).subarray(0, 9)), ['PER:David White', 'ORG:Acme Corp', 'LOC:Rome']);
  // the cached tagger with pass-one features equals decoding every feature hash of every token
  const extra = passOneFeatures(model.tagger.tag(doc), tokenView(doc));
  const pass2 = model.secondPass!;
  const f = new FeatureExtractor(model.resources).document(doc, true, extra);
  const reference = new Uint8Array(f.lower.length);
  decodeDocument(pass2.params, { ...f, rows: rowsOf(pass2.table, f.hashes) }, (h) => pass2.table.get(h), reference, new Int32Array(reference.length));
  assert.deepEqual(pass2.tagger.tag(doc, extra), reference);
});
