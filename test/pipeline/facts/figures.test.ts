import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';
import { parseDigits } from '../../../src/pipeline/facts/numbers.js';
import { ATTRIBUTION, NOT_FIGURES, NUMBERS } from '../../fixtures/facts/cases.js';

test('digits: thousands separators, decimal comma of translations, decimal point', () => {
  assert.equal(parseDigits('1,700', false), 1700);
  assert.equal(parseDigits('2,5', true), 2.5);
  assert.equal(parseDigits('1.4', true), 1.4);
  assert.equal(parseDigits('2.500', false), 2500);
  assert.equal(parseDigits('abc', false), null);
});

test('number words, multipliers and qualifiers', () => {
  const { figures } = factsOf(NUMBERS);
  const by = (v: number) => figures.find((f) => f.value === v);
  assert.equal(by(2500)?.qualifier, 'up_to');
  assert.equal(by(2500)?.what, 'Chileans');
  assert.equal(by(3000)?.qualifier, 'about');
  assert.equal(by(3000)?.what, 'citizens of Peru');
  assert.equal(by(3000)?.attribution?.source, 'interior ministry');
  assert.equal(by(7)?.qualifier, 'up_to', 'nearly → up_to, as annotated news data records it');
  assert.equal(by(12)?.what, 'witnesses', 'a dozen');
  assert.equal(by(100000)?.qualifier, 'more_than', 'hundreds of thousands');
  assert.equal(by(100000)?.attribution?.source, 'union');
  assert.equal(by(1400000)?.unit, 'USD');
  assert.equal(by(1400000)?.change, 'down');
  assert.equal(by(1400000)?.what, 'The fund', 'what an amount measures, never the currency');
  assert.equal(by(1700)?.qualifier, 'more_than');
  assert.equal(by(1700)?.attribution?.source, 'company');
  assert.equal(by(40)?.qualifier, 'at_least');
});

test('dates, ordinals, article numbers, clock times and known sets are not figures; ages, durations and counts are', () => {
  const { figures } = factsOf(NOT_FIGURES);
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.unit]), [['25', 25, 'year'], ['three years', 3, 'year'], ['three', 3, 'bullets']]);
});

test('who says so: estimator over trailing speaker, cited data source, "X added that"', () => {
  const { figures } = factsOf(ATTRIBUTION);
  const by = (v: number) => figures.find((f) => f.value === v);
  assert.equal(by(300)?.attribution?.source, 'Officials in Chile');
  assert.equal(by(300)?.qualifier, 'about');
  assert.match(by(300)?.what ?? '', /citizens fighting abroad/);
  assert.equal(by(4000)?.attribution?.source, 'Center for Conflict Studies');
  assert.equal(by(4000)?.qualifier, 'up_to');
  assert.equal(by(900)?.attribution?.source, 'Pablo Ruiz');
});
