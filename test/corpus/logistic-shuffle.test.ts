// The shuffle behind trainLogistic (the ECB+ pair model and cluster pass): an integer generator whose
// draws do not cycle within tens of thousands (the floating-point LCG it replaced repeated after
// 10,466), a Fisher–Yates shuffle that permutes, and training that depends only on its seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom, shuffleInPlace } from '../../src/seeded-random.js';
import { trainLogistic } from '../../src/corpus/events/mention-pairs.js';

test('shuffling 20,000 items with the seeded generator is a permutation, not the identity', () => {
  const n = 20_000;
  const items = Array.from({ length: n }, (_, i) => i);
  shuffleInPlace(items, seededRandom(12345));
  assert.deepEqual([...items].sort((a, b) => a - b), Array.from({ length: n }, (_, i) => i));
  const fixed = items.filter((v, i) => v === i).length;
  assert.ok(fixed < 20, `${fixed} entries left where they were`);
});

test('the generator does not cycle within 100,000 draws', () => {
  const random = seededRandom(7);
  const seen = new Set<string>();
  let previous = random();
  for (let k = 0; k < 100_000; k++) {
    const next = random();
    const pair = `${previous},${next}`;
    assert.ok(!seen.has(pair), `two consecutive draws repeat at draw ${k}`);
    seen.add(pair);
    previous = next;
  }
});

test('a logistic model is the same for one seed and may differ for another', () => {
  // a noisy two-feature problem, so the order of the examples moves the averaged weights
  const examples = Array.from({ length: 300 }, (_, i) => {
    const a = (i * 37) % 11 / 10;
    const b = (i * 53) % 7 / 6;
    return { x: [a, b], y: (i * 29) % 5 < 2 + a + b ? 1 : 0 };
  });
  const opts = { epochs: 3, learningRate: 0.3, l2: 0 };
  assert.deepEqual(trainLogistic(examples, { ...opts, seed: 1 }), trainLogistic(examples, { ...opts, seed: 1 }));
  assert.notDeepEqual(trainLogistic(examples, { ...opts, seed: 1 }), trainLogistic(examples, { ...opts, seed: 2 }));
});
