// A partitive count whose pronoun is followed by what its members are ("30 guests, six of them
// diplomats") counts those, not "them …". Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Figure } from '../../../src/types.js';


function figuresOf(text: string): Figure[] {
  return analyseText(text, { published: '2024-05-06' }).figures;
}

test('"N of them NOUN" counts the noun, without the pronoun', () => {
  const f = figuresOf('The hotel said it had housed 30 stranded travellers, nine of them pensioners.').find((x) => x.value === 9);
  assert.equal(f?.unit, 'pensioners');
  assert.equal(f?.what, 'pensioners');
});

test('"N of them" with nothing after still counts them', () => {
  const f = figuresOf('Rescuers found 40 hikers and took seven of them to hospital.').find((x) => x.value === 7);
  assert.notEqual(f?.what, 'them hospital');
});

test('"N of them" before a participle keeps the pronoun phrase: the participle is no counted noun', () => {
  const f = figuresOf('The club checked 90 members, twelve of them linked to the old board.').find((x) => x.value === 12);
  assert.notEqual(f?.unit, 'linked');
});

test('"N of them ADJ" is not read as a noun phrase without the pronoun', () => {
  const f = figuresOf('The fleet has 40 ships, ten of them foreign, the port said.').find((x) => x.value === 10);
  assert.notEqual(f?.what, 'foreign');
});
