import test from 'node:test';
import assert from 'node:assert/strict';
import { LinearSequenceModel, bioGrammar, type FeatureRows } from '../../../src/pipeline/facts/quotes/linear.js';
import { SmallTemplates, slot } from '../../../src/pipeline/facts/quotes/small.js';

test('a small template lists the hash of every combination of its values at its slot', () => {
  const t = new SmallTemplates();
  const first = t.add([2], ([a]) => 1000 + a);
  const second = t.add([3, 4, 2], ([a, b, c]) => a * 100 + b * 10 + c + 1);
  const joint = t.add([2, 2], ([a, b]) => [2000 + a, 3000 + b]);
  const keys = t.keys();
  const of = (s: number) => [...keys.hashes.subarray(keys.start[s], keys.start[s + 1])];
  assert.equal(keys.start.length - 1, 2 + 3 * 4 * 2 + 4);
  assert.deepEqual(of(slot(first, 1)), [1001]);
  for (let a = 0; a < 3; a++) for (let b = 0; b < 4; b++) for (let c = 0; c < 2; c++) assert.deepEqual(of(slot(second, a, b, c)), [a * 100 + b * 10 + c + 1]);
  assert.deepEqual(of(slot(joint, 1, 0)), [2001, 3000]);
  assert.throws(() => t.add([2], () => 7));
});

test('a small template is asked for each combination once, in slot order, whatever its number of values', () => {
  const t = new SmallTemplates();
  const asked: string[] = [];
  // the hash may not keep the array it is given, but it sees every combination's values in it
  const four = t.add([2, 3, 1, 2], (values) => {
    asked.push(values.join(''));
    return values[0] * 1000 + values[1] * 100 + values[2] * 10 + values[3];
  });
  const expected: string[] = [];
  for (let a = 0; a < 2; a++) for (let b = 0; b < 3; b++) for (let d = 0; d < 2; d++) expected.push(`${a}${b}0${d}`);
  assert.deepEqual(asked, expected);
  const keys = t.keys();
  assert.equal(keys.hashes[keys.start[slot(four, 1, 2, 0, 1)]], 1201);
});

test('a frozen tagger reads small-template features by slot exactly as by their hashes', () => {
  const t = new SmallTemplates();
  const side = t.add([3, 2], ([a, b]) => 500 + a * 2 + b);
  const keys = t.keys();
  const key = (s: number) => keys.hashes[keys.start[s]];
  // O, B/I source, B/I content, as the role tagger has them
  const m = new LinearSequenceModel(5, bioGrammar(2), 64);
  const set = (hash: number, weights: number[]) => {
    const r = m.intern(hash);
    weights.forEach((w, k) => (m.weights[r * 5 + k] = w));
  };
  set(key(slot(side, 1, 0)), [0, 3, -1, 0, 0]);
  set(key(slot(side, 1, 1)), [0, -1, 2.5, 0, 0]);
  set(key(slot(side, 2, 0)), [0, 0, 0, 2, -1]);
  set(key(slot(side, 2, 1)), [0, 0, 0, -1, 2]);
  set(77, [1, 0, 0, 0, 0]);
  m.freeze();
  // per token: a hashed feature (77 or one the model lacks) and one small feature
  const perToken: Array<[number, [number, number]]> = [[77, [0, 0]], [12, [1, 0]], [13, [1, 1]], [77, [0, 1]], [14, [2, 0]], [15, [2, 1]], [16, [2, 1]]];
  const n = perToken.length;
  const offsets = Int32Array.from({ length: n + 1 }, (_, k) => k);
  const smallOffsets = offsets;
  const byHash: FeatureRows = { hashes: Int32Array.from(perToken.flatMap(([h, [a, b]]) => [h, key(slot(side, a, b))])), offsets: Int32Array.from({ length: n + 1 }, (_, k) => 2 * k) };
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

test('a frozen tagger adds the weights of every feature a joint slot stands for', () => {
  const t = new SmallTemplates();
  // one slot per (side, inside a quotation): the side feature and the quotation feature together
  const joint = t.add([2, 2], ([side, quoted]) => [600 + side, 700 + quoted]);
  const keys = t.keys();
  const m = new LinearSequenceModel(3, bioGrammar(1), 64);
  const set = (hash: number, weights: number[]) => {
    const r = m.intern(hash);
    weights.forEach((w, k) => (m.weights[r * 3 + k] = w));
  };
  // neither feature alone outweighs O; only both together make a cue
  set(601, [0, 1.5, 0]);
  set(701, [0, 1.5, 0]);
  set(600, [1, 0, 0]);
  set(700, [1, 0, 0]);
  set(1, [2, 0, 0]);
  m.freeze();
  const perToken: Array<[number, number]> = [[0, 0], [1, 0], [0, 1], [1, 1], [0, 0]];
  const n = perToken.length;
  const bySlot: FeatureRows = {
    hashes: Int32Array.from(perToken.map(() => 1)),
    offsets: Int32Array.from({ length: n + 1 }, (_, k) => k),
    small: { slots: Int32Array.from(perToken.map(([a, b]) => slot(joint, a, b))), offsets: Int32Array.from({ length: n + 1 }, (_, k) => k), keys },
  };
  const byHash: FeatureRows = {
    hashes: Int32Array.from(perToken.flatMap(([a, b]) => [1, 600 + a, 700 + b])),
    offsets: Int32Array.from({ length: n + 1 }, (_, k) => 3 * k),
  };
  const got = new Uint8Array(n);
  const expected = new Uint8Array(n);
  m.decode(bySlot, n, got);
  m.decode(byHash, n, expected);
  assert.deepEqual([...expected], [0, 0, 0, 1, 0]);
  assert.deepEqual([...got], [...expected]);
});
