// The frozen linear model: scores from int16 weights with a scale equal, to the bit, those from
// the float32 weights they stand for, in both layouts (inline rows for few classes, packed
// non-zero pairs for many); absent features add nothing; collisions in the table are resolved.
import test from 'node:test';
import assert from 'node:assert/strict';
import { LinearModel } from '../../../src/pipeline/syntax/linear.js';

/** A reproducible pseudo-random generator (xorshift), so the fixtures need no files. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function quantisedFixture(rows: number, classes: number, seed: number) {
  const random = generator(seed);
  const keys = new Int32Array(rows);
  const used = new Set<number>();
  for (let r = 0; r < rows; r++) {
    let k = 0;
    while (k === 0 || used.has(k)) k = (random() * 2 ** 32) | 0;
    used.add(k);
    keys[r] = k;
  }
  const q = new Int16Array(rows * classes);
  // about half the weights zero, as in a trained sparse model
  for (let i = 0; i < q.length; i++) q[i] = random() < 0.5 ? 0 : Math.round((random() * 2 - 1) * 32767);
  const scale = 0.000731;
  const floats = Float32Array.from(q, (v) => v * scale);
  return { keys, q, scale, floats };
}

for (const classes of [3, 17]) {
  test(`int16 weights score exactly as their float32 values (${classes} classes)`, () => {
    const { keys, q, scale, floats } = quantisedFixture(3000, classes, classes);
    const compact = new LinearModel(classes, keys, q, scale);
    const plain = new LinearModel(classes, keys, floats);
    assert.equal(compact.rows, 3000);
    const random = generator(99);
    const feats = new Int32Array(40);
    const a = new Float32Array(classes);
    const b = new Float32Array(classes);
    for (let trial = 0; trial < 200; trial++) {
      // a mix of known features and ones the model has never seen
      for (let f = 0; f < feats.length; f++) feats[f] = random() < 0.7 ? keys[Math.floor(random() * keys.length)] : ((random() * 2 ** 32) | 0) || 1;
      compact.score(feats, feats.length, a);
      plain.score(feats, feats.length, b);
      assert.deepEqual(a, b);
    }
  });
}

for (const classes of [3, 17]) {
  test(`scores are float32 sums in feature order, whatever the layout (${classes} classes)`, () => {
    // the reference adds row after row in the order the features come, rounding to float32 after
    // each addition: scoring may read the table in any order, but must add in this one
    const { keys, q, scale } = quantisedFixture(2000, classes, 7 + classes);
    const model = new LinearModel(classes, keys, q, scale);
    const rowOf = new Map(Array.from(keys, (k, r) => [k, r]));
    const random = generator(5);
    const feats = new Int32Array(60);
    const got = new Float32Array(classes);
    const want = new Float32Array(classes);
    for (let trial = 0; trial < 100; trial++) {
      for (let f = 0; f < feats.length; f++) feats[f] = random() < 0.8 ? keys[Math.floor(random() * keys.length)] : ((random() * 2 ** 32) | 0) || 1;
      want.fill(0);
      for (const key of feats) {
        const r = rowOf.get(key);
        if (r === undefined) continue;
        for (let c = 0; c < classes; c++) want[c] += Math.fround(q[r * classes + c] * scale);
      }
      model.score(feats, feats.length, got);
      assert.deepEqual(got, want);
    }
  });
}

test('a score is the sum of the rows of the features present', () => {
  // 5 and 5 + 2048 share a home slot in a 1024-slot table: the second is found by probing past the first
  const keys = Int32Array.from([5, 5 + 2048, 77]);
  const rows = [
    [1, 0, 0, 0, 0],
    [0, 2, 0, 0, 0],
    [0.5, 0, 0, -1, 4],
  ];
  for (const classes of [4, 5]) {
    const model = new LinearModel(classes, keys, Float32Array.from(rows.flatMap((r) => r.slice(0, classes))));
    const scores = new Float32Array(classes).fill(9);
    model.score(Int32Array.from([5 + 2048, 12345, 5, 77]), 4, scores);
    assert.deepEqual(Array.from(scores), [1.5, 2, 0, -1, 4].slice(0, classes));
    model.score(Int32Array.from([999]), 1, scores);
    assert.deepEqual(Array.from(scores), new Array(classes).fill(0));
  }
});

test('too many classes for the packed layout is refused, not silently wrong', () => {
  assert.throws(() => new LinearModel(200, Int32Array.from([1]), new Float32Array(200).fill(1)), /at most 127 classes/);
});
