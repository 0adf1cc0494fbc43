import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';
import { parseDigits } from '../../../src/pipeline/facts/numbers.js';
import { ATTRIBUTION, NOT_FIGURES, NUMBERS } from '../../fixtures/facts/cases.js';

test('digits: thousands separators, decimal comma of translations, decimal point', () => {
  assert.equal(parseDigits('12,000', false), 12000);
  assert.equal(parseDigits('3,75', true), 3.75);
  assert.equal(parseDigits('0.3', true), 0.3);
  assert.equal(parseDigits('1.250', false), 1250);
  assert.equal(parseDigits('n/a', false), null);
});

test('money with currency signs and multipliers, millions, "some" as a qualifier, who says so', () => {
  const { figures } = factsOf(NUMBERS);
  const by = (v: number) => figures.find((f) => Math.abs(f.value - v) < 1e-6);
  assert.ok(by(3.2e9), '£3.2bn is 3.2 billion');
  assert.equal(by(3.2e9)?.attribution?.source, 'Office for National Statistics', 'trailing "X said"');
  assert.ok(by(250e6), '$250m is 250 million');
  assert.equal(by(1.9e6)?.what, 'passengers');
  assert.equal(by(40000)?.qualifier, 'about', 'some 40,000');
  assert.equal(by(40000)?.attribution?.source, 'organisers', 'according to the organisers');
});

test('years, clock times, page, volume and route numbers, addresses and "one day" are not figures; ages, lengths of time and counts are', () => {
  const { figures } = factsOf(NOT_FIGURES);
  // issue 13: an age is a figure (unit year), "24-hour" a length of time, "two terms" a count
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.unit]), [['24-hour', 24, 'hour'], ['19-year-old', 19, 'year'], ['two', 2, 'terms']]);
});

test('who says so: "estimated that", "told … that", a trailing "X believes"', () => {
  const { figures } = factsOf(ATTRIBUTION);
  const by = (v: number) => figures.find((f) => f.value === v);
  assert.equal(by(350)?.qualifier, 'about');
  assert.equal(by(350)?.what, 'homes');
  assert.equal(by(350)?.attribution?.source, 'Emergency services');
  assert.equal(by(15)?.qualifier, 'up_to');
  assert.equal(by(15)?.attribution?.source, 'Maria Jensen');
  assert.equal(by(80)?.qualifier, 'at_least');
  assert.equal(by(80)?.attribution?.source, 'chamber of commerce');
});

test('each age of a list after "aged" is a figure', () => {
  const { figures } = factsOf({ text: 'The three climbers, aged 19, 27 and 52, were found alive near the summit on Monday.' });
  assert.deepEqual(figures.filter((f) => f.unit === 'year').map((f) => [f.text, f.value]), [['19', 19], ['27', 27], ['52', 52]]);
  const { figures: two } = factsOf({ text: 'Two brothers aged 8 and 11 were rescued from the river.' });
  assert.deepEqual(two.filter((f) => f.unit === 'year').map((f) => f.value), [8, 11]);
});
