// Review fixes (session 25): the event-trigger model refuses weights stored for another class list;
// train attribution's help says its two cue bias grids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers.js';
import { CV_CUE_BIASES, DEV_CUE_BIASES } from '../../src/train/lib/attribution-perceptron.js';
import { TRIGGER_CLASSES, deserialiseTriggerModel, scoreFeatures, serialiseTriggerModel, triggerFeatureKey, triggerModel } from '../../src/train/lib/event-trigger-model.js';

const pack = (o: unknown): Buffer => gzipSync(Buffer.from(JSON.stringify(o)));
const row = (k: number, n: number): number[] => [k, ...Array.from({ length: n }, (_, i) => i)];

test('a trigger model round-trips when its classes match this build, and scores through its hashed keys', () => {
  const keys = Int32Array.from(['w=harbour', 'l=moor'].map(triggerFeatureKey)).sort();
  const weights = Int16Array.from({ length: keys.length * TRIGGER_CLASSES.length }, (_, i) => (i % TRIGGER_CLASSES.length) - 2);
  const back = deserialiseTriggerModel(serialiseTriggerModel(triggerModel({ note: 'x' }, keys, weights, 0.5)));
  assert.deepEqual([...back.keys], [...keys]);
  assert.deepEqual([...back.weights], [...weights]);
  const scores = scoreFeatures(back, ['w=harbour', 'l=moor', 'unseen'], new Float32Array(TRIGGER_CLASSES.length));
  assert.deepEqual([...scores], TRIGGER_CLASSES.map((_, c) => (c - 2) * 0.5 * 2));
});

test('a trigger model with its classes reordered or missing, a wrong row width or string keys is refused', () => {
  const swapped = [...TRIGGER_CLASSES];
  [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
  assert.throws(() => deserialiseTriggerModel(pack({ info: {}, classes: swapped, scale: 1, rows: [] })), /classes .* differ/);
  assert.throws(() => deserialiseTriggerModel(pack({ info: {}, scale: 1, rows: [] })), /classes \[missing\]/);
  const short = pack({ info: {}, classes: TRIGGER_CLASSES, scale: 1, rows: [row(12345, TRIGGER_CLASSES.length - 1)] });
  assert.throws(() => deserialiseTriggerModel(short), /row 0 \(key 12345\) has 7 weights, expected 8/);
  const stringKeyed = pack({ info: {}, classes: TRIGGER_CLASSES, scale: 1, rows: [['w=pier', ...TRIGGER_CLASSES.map(() => 0)]] });
  assert.throws(() => deserialiseTriggerModel(stringKeyed), /keyed by "w=pier", not a feature hash/);
});

test('train attribution --help names both cue bias grids, train-CV and dev', () => {
  const r = runCli(['train', 'attribution', '--help']);
  const help = r.stdout + r.stderr;
  assert.match(help, new RegExp(`tries ${CV_CUE_BIASES.join(',\\s+')};\\s+--dev\\s+no\\s+bias,\\s+then\\s+${DEV_CUE_BIASES.join(',\\s+')}`));
  assert.notDeepEqual(CV_CUE_BIASES, DEV_CUE_BIASES);
});
