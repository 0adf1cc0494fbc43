import test from 'node:test';
import assert from 'node:assert/strict';
import { prf, SpanCounter } from '../../src/eval/lib/ner-conlleval.js';
import { bilouFromIob, bilouSpans, iobSpans, TAGS } from '../../src/pipeline/entities/tags.js';

test('conlleval exact-span scoring on a hand-computed case', () => {
  const c = new SpanCounter();
  // gold: [John Smith]PER [Acme Corp]ORG [Paris]LOC ; predicted: [John Smith]PER [Acme]ORG [Paris]MISC [Monday]MISC
  c.addLabels(
    ['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'O'],
    ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O', 'B-MISC', 'O', 'B-MISC'],
  );
  const s = c.score();
  // 1 correct of 4 predicted, 3 gold: P = 0.25, R = 1/3, F1 = 2·0.25·0.3333/(0.5833) = 0.2857
  assert.equal(s.correct, 1);
  assert.equal(s.precision, 0.25);
  assert.equal(s.recall, 0.3333);
  assert.equal(s.f1, 0.2857);
  assert.deepEqual(s.perType.PER, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(s.perType.ORG, { precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(s.perType.MISC, prf(0, 0, 2));
});

test('conlleval span semantics: I- after O starts a span, B- splits adjacent names', () => {
  assert.deepEqual(iobSpans(['O', 'I-PER', 'I-PER', 'B-PER', 'I-LOC']), [
    { start: 1, end: 3, type: 0 },
    { start: 3, end: 4, type: 0 },
    { start: 4, end: 5, type: 2 },
  ]);
});

test('IOB2 → BILOU → spans round trip', () => {
  const iob = ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'B-PER', 'I-PER'];
  const bilou = bilouFromIob(iob);
  assert.deepEqual([...bilou].map((t) => TAGS[t]), ['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-LOC', 'B-PER', 'L-PER']);
  assert.deepEqual(bilouSpans(bilou), iobSpans(iob));
});
