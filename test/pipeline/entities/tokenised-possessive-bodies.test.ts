// "the Dunmore County Coroner 's Office": tokenised text parts the possessive from its owner, and
// the body's head after it is still one name with the office before it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};

test('an office and its possessive head word, written apart, are one body', () => {
  const text = 'Inquiries go to the Dunmore County Coroner \'s Office by Friday .';
  const out = repairByHeadNoun(text, [at(text, 'Dunmore County Coroner', 'MISC')]);
  assert.deepEqual(out.map((m) => [m.type, m.text]), [['ORG', "Dunmore County Coroner 's Office"]]);
});

test('written apart, a ministry with its own name after it is still not taken in', () => {
  const text = 'Talks with Norland \'s Ministry of Fisheries resumed .';
  const out = repairByHeadNoun(text, [at(text, 'Norland', 'ORG')]);
  assert.equal(out.find((m) => m.start === 11)?.text, 'Norland');
});
