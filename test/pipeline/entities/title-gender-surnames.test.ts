// A title that gives a gender ("Mrs", "Miss", "Mr") is not the bearer of a full name whose gender
// the article's own titles, or the given-name table, give otherwise. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { titleGender } from '../../../src/pipeline/reference/title-genders.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('titles that give a gender, and titles that give none', () => {
  assert.equal(titleGender('Mrs'), 'f');
  assert.equal(titleGender('Miss'), 'f');
  assert.equal(titleGender('Mr.'), 'm');
  assert.equal(titleGender('Dr'), undefined);
});

test('"Miss Pellowe" is not the "Robert Pellowe" of her article, and "Mr Pellowe" still is', () => {
  const r = resolve('g1', ['Robert Pellowe', 'PER'], ['Miss Pellowe', 'PER'], ['Mr Pellowe', 'PER']);
  assert.notEqual(r[1].entityId, r[0].entityId);
  assert.equal(r[1].canonical, 'Miss Pellowe');
  assert.equal(r[2].entityId, r[0].entityId);
});

test('"Mr Ardmore" is not the "Mary Ardmore" of his article', () => {
  const r = resolve('g2', ['Mary Ardmore', 'PER'], ['Mr Ardmore', 'PER']);
  assert.notEqual(r[1].entityId, r[0].entityId);
  const ms = resolve('g3', ['Mary Ardmore', 'PER'], ['Ms Ardmore', 'PER']);
  assert.equal(ms[1].entityId, ms[0].entityId);
});

test('with a husband and wife named in full, each title finds its own bearer', () => {
  const r = resolve('g4', ['David Quillan', 'PER'], ['Susan Quillan', 'PER'], ['Mrs Quillan', 'PER'], ['Mr Quillan', 'PER']);
  assert.equal(r[2].entityId, r[1].entityId);
  assert.equal(r[3].entityId, r[0].entityId);
});

test('the article\'s own title outweighs the table: "Mrs Sam Dorrell" is a woman', () => {
  const r = resolve('g5', ['Mrs Sam Dorrell', 'PER'], ['Mrs Dorrell', 'PER'], ['Mr Dorrell', 'PER']);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[0].entityId);
});

test('a given name of no known gender links either title as before', () => {
  const r = resolve('g6', ['Tamsin Ferrow', 'PER'], ['Mrs Ferrow', 'PER']);
  assert.equal(r[1].entityId, r[0].entityId);
});

test('where "Mrs Marrick" is written too, "Mr Marrick" is the man named in full, not a more often named bearer of unknown gender', () => {
  const r = resolve('g7', ['Owen Marrick', 'PER'], ['Tamsin Marrick', 'PER'], ['Tamsin Marrick', 'PER'], ['Mr Marrick', 'PER'], ['Tamsin Marrick', 'PER'], ['Mrs Marrick', 'PER']);
  assert.equal(r[3].entityId, r[0].entityId);
  assert.equal(r[5].entityId, r[1].entityId);
  // with no woman's title written, the most named bearer is still the one meant
  const plain = resolve('g9', ['Owen Marrick', 'PER'], ['Tamsin Marrick', 'PER'], ['Tamsin Marrick', 'PER'], ['Mr Marrick', 'PER'], ['Tamsin Marrick', 'PER']);
  assert.equal(plain[3].entityId, plain[1].entityId);
  // with no bearer known to be a woman, "Mrs Marrick" may still be Tamsin
  assert.equal(resolve('g8', ['Owen Marrick', 'PER'], ['Tamsin Marrick', 'PER'], ['Mrs Marrick', 'PER'])[2].entityId, resolve('g8', ['Tamsin Marrick', 'PER'])[0].entityId);
});

test('a given name news writes too seldom for the learned table still has a gender: "Mr Tollard" is not "Kathryn Tollard"', () => {
  // Kathryn: not in models/given-name-genders.tsv, a woman's name in the birth records
  const r = resolve('g8', ['Owen Tollard', 'PER'], ['Kathryn Tollard', 'PER'], ['Mr Tollard', 'PER']);
  assert.equal(r[2].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[1].entityId);
});
