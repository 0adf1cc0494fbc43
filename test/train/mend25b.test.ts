// Review fixes (session 25): the event-trigger model refuses weights stored for another class list;
// train attribution's help says its two cue bias grids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers.js';
import { CV_CUE_BIASES, DEV_CUE_BIASES } from '../../src/train/lib/attribution-perceptron.js';
import { TRIGGER_CLASSES, deserialiseTriggerModel, serialiseTriggerModel } from '../../src/train/lib/event-trigger-model.js';

const pack = (o: unknown): Buffer => gzipSync(Buffer.from(JSON.stringify(o)));
const row = (k: string, n: number): Array<string | number> => [k, ...Array.from({ length: n }, (_, i) => i)];

test('a trigger model round-trips when its classes match this build', () => {
  const weights = new Map([['w=harbour', Int16Array.from(TRIGGER_CLASSES.map((_, i) => i - 2))]]);
  const back = deserialiseTriggerModel(serialiseTriggerModel({ info: { note: 'x' }, scale: 0.5, weights }));
  assert.deepEqual([...back.weights.get('w=harbour')!], TRIGGER_CLASSES.map((_, i) => i - 2));
  assert.equal(back.scale, 0.5);
});

test('a trigger model with its classes reordered, missing or a wrong row width is refused', () => {
  const swapped = [...TRIGGER_CLASSES];
  [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
  assert.throws(() => deserialiseTriggerModel(pack({ info: {}, classes: swapped, scale: 1, rows: [] })), /classes .* differ/);
  assert.throws(() => deserialiseTriggerModel(pack({ info: {}, scale: 1, rows: [] })), /classes \[missing\]/);
  const short = pack({ info: {}, classes: TRIGGER_CLASSES, scale: 1, rows: [row('w=pier', TRIGGER_CLASSES.length - 1)] });
  assert.throws(() => deserialiseTriggerModel(short), /row "w=pier" has 7 weights, expected 8/);
});

test('train attribution --help names both cue bias grids, train-CV and dev', () => {
  const r = runCli(['train', 'attribution', '--help']);
  const help = r.stdout + r.stderr;
  assert.match(help, new RegExp(`tries ${CV_CUE_BIASES.join(', ')}; --dev no bias, then ${DEV_CUE_BIASES.join(', ')}`));
  assert.notDeepEqual(CV_CUE_BIASES, DEV_CUE_BIASES);
});
