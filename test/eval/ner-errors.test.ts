import test from 'node:test';
import assert from 'node:assert/strict';
import { NerErrorCounter } from '../../src/eval/lib/ner-errors.js';
import { iobSpans } from '../../src/pipeline/entities/tags.js';

// "Halvorsen Freight of Tromsø hired Ida Berg and Kari Lund at the Nordlys Cup"
const GOLD = ['B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-MISC', 'I-MISC'];

test('each gold name is counted once: right, retyped, reshaped or missed; extra names are spurious', () => {
  const pred = ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'B-ORG', 'O', 'O', 'B-MISC'];
  const errors = new NerErrorCounter();
  errors.add(iobSpans(GOLD), iobSpans(pred));
  assert.deepEqual(errors.summary(), { 'MISC wrong span': 1, 'ORG as PER': 1, 'ORG spurious': 1, 'PER missed': 1, 'PER wrong span': 1 });
});

test('a perfect tagging has no errors', () => {
  const errors = new NerErrorCounter();
  errors.add(iobSpans(GOLD), iobSpans(GOLD));
  assert.deepEqual(errors.summary(), {});
});
