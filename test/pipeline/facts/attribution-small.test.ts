import test from 'node:test';
import assert from 'node:assert/strict';
import { LinearSequenceModel, bioGrammar, type FeatureRows } from '../../../src/pipeline/facts/quotes/linear.js';
import { SmallTemplates, slot } from '../../../src/pipeline/facts/quotes/small.js';

test('a small template lists the hash of every combination of its values at its slot', () => {
  const t = new SmallTemplates();
  const first = t.add([2], ([a]) => 1000 + a);
  const second = t.add([3, 4, 2], ([a, b, c]) => a * 100 + b * 10 + c + 1);
  const keys = t.hashes();
  assert.equal(keys.length, 2 + 3 * 4 * 2);
  assert.equal(keys[slot(first, 1)], 1001);
  for (let a = 0; a < 3; a++) for (let b = 0; b < 4; b++) for (let c = 0; c < 2; c++) assert.equal(keys[slot(second, a, b, c)], a * 100 + b * 10 + c + 1);
  assert.throws(() => t.add([2], () => 7));
});

test('a frozen tagger reads small-template features by slot exactly as by their hashes', () => {
  const t = new SmallTemplates();
  const side = t.add([3, 2], ([a, b]) => 500 + a * 2 + b);
  const keys = t.hashes();
  // O, B/I source, B/I content, as the role tagger has them
  const m = new LinearSequenceModel(5, bioGrammar(2), 64);
  const set = (hash: number, weights: number[]) => {
    const r = m.intern(hash);
    weights.forEach((w, k) => (m.weights[r * 5 + k] = w));
  };
  set(keys[slot(side, 1, 0)], [0, 3, -1, 0, 0]);
  set(keys[slot(side, 1, 1)], [0, -1, 2.5, 0, 0]);
  set(keys[slot(side, 2, 0)], [0, 0, 0, 2, -1]);
  set(keys[slot(side, 2, 1)], [0, 0, 0, -1, 2]);
  set(77, [1, 0, 0, 0, 0]);
  m.freeze();
  // per token: a hashed feature (77 or one the model lacks) and one small feature
  const perToken: Array<[number, [number, number]]> = [[77, [0, 0]], [12, [1, 0]], [13, [1, 1]], [77, [0, 1]], [14, [2, 0]], [15, [2, 1]], [16, [2, 1]]];
  const n = perToken.length;
  const offsets = Int32Array.from({ length: n + 1 }, (_, k) => k);
  const smallOffsets = offsets;
  const byHash: FeatureRows = { hashes: Int32Array.from(perToken.flatMap(([h, [a, b]]) => [h, keys[slot(side, a, b)]])), offsets: Int32Array.from({ length: n + 1 }, (_, k) => 2 * k) };
  const bySlot: FeatureRows = {
    hashes: Int32Array.from(perToken.map(([h]) => h)),
    offsets,
    small: { slots: Int32Array.from(perToken.map(([, [a, b]]) => slot(side, a, b))), offsets: smallOffsets, keys },
  };
  const expected = new Uint8Array(n);
  const got = new Uint8Array(n);
  m.decode(byHash, n, expected);
  m.decode(bySlot, n, got);
  assert.deepEqual([...expected], [0, 1, 2, 0, 3, 4, 4]);
  assert.deepEqual([...got], [...expected]);
});
