// A familiar form of a given name is the person named with the full one: "Bill Ostrander" is the
// "William Ostrander" of his article, and "Larry" alone the "Lawrence Quist" named before him.
// Two different given names with one surname stay two people. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { parseGivenNameForms, sameGivenName } from '../../../src/pipeline/entities/given-name-forms.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('the forms file: a familiar form and its full name, or two forms of one name, are one given name', () => {
  const forms = parseGivenNameForms('# comment\nWilliam: Bill Billy\nLawrence/Laurence: Larry\nMaurice: Mo\nMohammed: Mo\n');
  assert.ok(sameGivenName('bil', 'wiliam', forms));
  assert.ok(sameGivenName('bil', 'bily', forms));
  assert.ok(sameGivenName('lary', 'laurence', forms));
  assert.ok(sameGivenName('lawrence', 'laurence', forms));
  assert.ok(!sameGivenName('maurice', 'mohamed', forms));
  assert.ok(!sameGivenName('wiliam', 'wiliam', forms));
});

test('"Bill Ostrander" after "William Ostrander" is him, and so is the bare surname', () => {
  const r = resolve('f1', ['William Ostrander', 'PER'], ['Bill Ostrander', 'PER'], ['Ostrander', 'PER']);
  assert.equal(r[1].canonical, 'William Ostrander');
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
});

test('the full given name wins even when the familiar form comes first', () => {
  const r = resolve('f2', ['Mo Petrakis', 'PER'], ['Maurice Petrakis', 'PER']);
  assert.equal(r[0].canonical, 'Maurice Petrakis');
  assert.equal(r[0].entityId, r[1].entityId);
});

test('a lone familiar form is the one person named before with the full name', () => {
  const r = resolve('f3', ['Lawrence Quist', 'PER'], ['Larry', 'PER']);
  assert.equal(r[1].canonical, 'Lawrence Quist');
  assert.equal(r[1].entityId, r[0].entityId);
});

test('different given names, or a form that fits two people of the article, stay apart', () => {
  const r = resolve('f4', ['Robert Ostrander', 'PER'], ['William Ostrander', 'PER'], ['Tom Ostrander', 'PER']);
  assert.equal(new Set(r.map((x) => x.entityId)).size, 3);
  const two = resolve('f5', ['Patrick Dunmore', 'PER'], ['Patricia Vell', 'PER'], ['Pat', 'PER']);
  assert.equal(two[2].canonical, 'Pat');
  const kin = resolve('f6', ['William Ostrander', 'PER'], ['Robert Ostrander', 'PER'], ['Bill Ostrander', 'PER']);
  assert.equal(kin[2].entityId, kin[0].entityId);
  assert.notEqual(kin[1].entityId, kin[0].entityId);
});
