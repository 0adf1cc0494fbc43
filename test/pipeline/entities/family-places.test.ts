// "his Miami family" is a family from a place, not a surname: a name the gazetteer knows as a
// country, region or sizeable town stays as the tagger typed it before "family", while surnames
// (also one with an inner capital, "McAlpine") still make people. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeFamilyNames } from '../../../src/pipeline/entities/family-names.js';
import { tag } from '../../fixtures/tagged-names.js';

const typed = (text: string, names: Array<[string, 'ORG' | 'MISC']>) => typeFamilyNames(text, tag(text, names)).map((m) => `${m.text}/${m.type}`);

test('a place the tagger typed as a body or a thing keeps its type before "family"', () => {
  assert.deepEqual(typed('After the storm the boy went back to his Miami family.', [['Miami', 'ORG']]), ['Miami/ORG']);
  assert.deepEqual(typed('She wrote home to her Texas family every week.', [['Texas', 'MISC']]), ['Texas/MISC']);
});

test('surnames before "family" are still people, one with an inner capital too', () => {
  assert.deepEqual(typed('Guests of the Kennedy family crowded the lawn.', [['Kennedy', 'ORG']]), ['Kennedy/PER']);
  assert.deepEqual(typed('A spokesman for the McAlpine family said little.', [['McAlpine', 'MISC']]), ['McAlpine/PER']);
  assert.deepEqual(typed("The O'Rourke family sold the mill in spring.", [["O'Rourke", 'ORG']]), ["O'Rourke/PER"]);
});
