// The other side of a comparison ("down from about 14,000", "compared with 450") counts what the
// count it is compared with counts, not the words after it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Figure } from '../../../src/types.js';

function figuresOf(text: string): Figure[] {
  return analyseText(text, { published: '2024-05-06' }).figures;
}

test('"N boats …, down from about M in the same months" gives M the unit boats', () => {
  const f = figuresOf('The coastguard said about 9,000 boats had been stopped this spring, down from about 14,000 in the same months of 2022.').find((x) => x.value === 14000);
  assert.equal(f?.unit, 'boats');
});

test('"compared with 450 a year earlier" counts the students the sentence counted', () => {
  const f = figuresOf('More than 600 students enrolled in September, compared with 450 a year earlier.').find((x) => x.value === 450);
  assert.equal(f?.unit, 'students');
});

test('a number after "from" with no change word before it takes no unit from the count before it', () => {
  const f = figuresOf('Some 300 volunteers came to the fair from 12 villages.').find((x) => x.value === 12);
  assert.equal(f?.unit, 'villages');
});

test('a verb misread as the first count\'s unit is not copied to the other side', () => {
  const f = figuresOf('The plant said its March output was 84,310 compared with 91,207 a year ago.').find((x) => x.value === 91207);
  assert.notEqual(f?.unit, 'compared');
});
