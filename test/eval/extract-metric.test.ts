import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregate, scorePage, shingles, tokenize, tokensEqual } from '../../src/eval/lib/extract-metric.js';

test('tokens are Unicode word runs', () => {
  assert.deepEqual(tokenize('Café — naïve_x 42, Привет!'), ['Café', 'naïve_x', '42', 'Привет']);
});

test('shingles: 4-token windows as a multiset; short text is one shingle', () => {
  assert.equal(shingles('a b c d e').size, 2);
  assert.deepEqual([...shingles('a b').values()], [1]);
  assert.deepEqual([...shingles('a b c d a b c d').entries()].find(([k]) => k === 'a\u0001b\u0001c\u0001d')?.[1], 2);
  assert.equal(shingles('').size, 0);
});

test('hand-computed page score and macro average', () => {
  // truth "a b c d e" → {abcd, bcde}; predicted "a b c d x" → {abcd, bcdx}: tp 1, fp 1, fn 1 → each 1/3.
  const s = scorePage('a b c d e', 'a b c d x');
  assert.deepEqual(s, { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  // perfect page: P = R = 1; the half page: P = R = 0.5 → macro P = R = 0.75, F1 = 0.75.
  const m = aggregate([s, scorePage('p q r s', 'p q r s')]);
  assert.ok(Math.abs(m.precision - 0.75) < 1e-12);
  assert.ok(Math.abs(m.recall - 0.75) < 1e-12);
  assert.ok(Math.abs(m.f1 - 0.75) < 1e-12);
});

test('empty prediction: skipped for precision, zero recall', () => {
  const m = aggregate([scorePage('a b c d', ''), scorePage('e f g h', 'e f g h')]);
  assert.equal(m.precision, 1);
  assert.equal(m.recall, 0.5);
});

test('accuracy is exact token-sequence equality', () => {
  assert.ok(tokensEqual('Hello, world!', 'Hello world'));
  assert.ok(!tokensEqual('Hello world', 'world Hello'));
});
