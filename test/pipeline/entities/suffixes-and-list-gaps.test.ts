// A generation suffix is part of the person's name ("Harlan B. Voss III"), and a capitalised word the
// tagger passed over in a list of organisations is one too ("Army, Navy and Coast Guard"). Sentences
// are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { joinGenerationSuffixes } from '../../../src/pipeline/entities/generation-suffixes.js';
import { nameListedGaps } from '../../../src/pipeline/entities/listed-gaps.js';
import { typeListedNames } from '../../../src/pipeline/entities/coordinated-lists.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};

test('"III" after a person is the end of the name, and a separate mention of it goes', () => {
  const text = 'Speaking at a dinner, Treasurer Harlan B. Voss III said the budget would pass.';
  const out = joinGenerationSuffixes(text, [at(text, 'Harlan B. Voss', 'PER'), at(text, 'III', 'ORG')]);
  assert.deepEqual(out.map((m) => [m.text, m.type]), [['Harlan B. Voss III', 'PER']]);
});

test('a numeral that starts a longer name is not taken as a suffix', () => {
  const text = 'The orders went to General Pell III Corps units before dawn.';
  const out = joinGenerationSuffixes(text, [at(text, 'Pell', 'PER'), at(text, 'III Corps', 'ORG')]);
  assert.deepEqual(out.map((m) => m.text), ['Pell', 'III Corps']);
});

test('an untagged capitalised word in a list of organisations is an organisation', () => {
  const text = 'Recruits from the Army, Navy and Coast Guard trained together.';
  const out = nameListedGaps(text, [at(text, 'Navy', 'ORG'), at(text, 'Coast Guard', 'ORG')]);
  assert.deepEqual(out.map((m) => [m.text, m.type]), [['Army', 'ORG'], ['Navy', 'ORG'], ['Coast Guard', 'ORG']]);
});

test('no gap is filled at a sentence start, in a list of mixed types, or in a list of people', () => {
  const start = 'Army, Navy and Coast Guard recruits trained together.';
  assert.equal(nameListedGaps(start, [at(start, 'Navy', 'ORG'), at(start, 'Coast Guard', 'ORG')]).length, 2);
  const mixed = 'He thanked the Army, Navy and Brenda Hollis for their help.';
  assert.equal(nameListedGaps(mixed, [at(mixed, 'Navy', 'ORG'), at(mixed, 'Brenda Hollis', 'PER')]).length, 2);
  const people = 'He thanked Marsh, Brenda Hollis and Tom Reed for their help.';
  assert.equal(nameListedGaps(people, [at(people, 'Brenda Hollis', 'PER'), at(people, 'Tom Reed', 'PER')]).length, 2);
});

test('through the whole pipeline the suffixed name is one person and a later bare surname is him', () => {
  const { mentions } = analyseText('Treasurer Harlan B. Voss III spoke on Monday. Voss said the budget would pass.');
  const full = mentions.find((m) => m.text.endsWith('III'));
  assert.equal(full?.type, 'PER');
  const bare = mentions.find((m) => m.text === 'Voss');
  assert.equal(bare?.entityId, full?.entityId);
});

test('a list whose names agree but for one still names its gap, and the list then retypes the odd one', () => {
  const text = 'Its holdings include Brackwell Mining, Osterlund Steel, Varn-Hollis and Edda Marsh among others.';
  const filled = nameListedGaps(text, [at(text, 'Brackwell Mining', 'ORG'), at(text, 'Osterlund Steel', 'ORG'), at(text, 'Edda Marsh', 'PER')]);
  assert.deepEqual(filled.map((m) => [m.text, m.type]), [['Brackwell Mining', 'ORG'], ['Osterlund Steel', 'ORG'], ['Varn-Hollis', 'ORG'], ['Edda Marsh', 'PER']]);
  const listed = typeListedNames(text, filled, new Set());
  assert.deepEqual(listed.mentions.map((m) => [m.text, m.type]), [['Brackwell Mining', 'ORG'], ['Osterlund Steel', 'ORG'], ['Varn-Hollis', 'ORG'], ['Edda Marsh', 'ORG']]);
  // two names of two types say nothing of a third
  const two = 'He thanked Brackwell Mining, Varn-Hollis and Edda Marsh for their help.';
  assert.equal(nameListedGaps(two, [at(two, 'Brackwell Mining', 'ORG'), at(two, 'Edda Marsh', 'PER')]).length, 2);
});
