// A two-word office WordNet lists as a person ("District Attorney", "Fire Chief") inside a body's
// span parts the holder and the person after it, as a one-word office does. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { splitInnerOffices } from '../../../src/pipeline/entities/inner-offices.js';
import { shippedHonorifics } from '../../../src/pipeline/entities/honorifics.js';
import { loadNerModel } from '../../../src/pipeline/entities/index.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};
const casing = loadNerModel().resources.casing;
const split = (text: string, m: Mention) => splitInnerOffices([m], shippedHonorifics(), casing);

test('a town, a two-word office and a full name: the town and a settled person', () => {
  const text = 'The charges were dropped, said Harbourton District Attorney Elena Voss on Friday.';
  const { mentions, settled } = split(text, at(text, 'Harbourton District Attorney Elena Voss', 'ORG'));
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['Harbourton', 'ORG'], ['Elena Voss', 'PER']]);
  assert.ok(settled.has(mentions[1]));
});

test('two words that are no office together leave the body whole', () => {
  const text = 'Funds went to the Harbourton District Savings Tovar Kelm group.';
  const m = at(text, 'Harbourton District Savings Tovar Kelm', 'ORG');
  assert.deepEqual(split(text, m).mentions, [m]);
});
