// A person whose first name is written as an initial goes by the middle name ("H. Dorian Vell"):
// the full name his article also writes is him, and other articles' "Dorian Vell" too. Fixtures
// are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { personKey, resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('the full name of one written with a first initial is that person, and so are the short forms', () => {
  const r = resolve('f1', ['Dorian Vell', 'PER'], ['H. Dorian Vell', 'PER'], ['Vell', 'PER'], ['Hollis Dorian Vell', 'PER'], ['Vell', 'PER']);
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
  assert.equal(r[3].canonical, 'H. Dorian Vell');
});

test('a first initial keys the name on the middle name and surname, across articles', () => {
  assert.equal(personKey('H. Dorian Vell'), personKey('Dorian Vell'));
  const a = resolve('f2', ['H. Dorian Vell', 'PER']);
  const b = resolve('f3', ['Dorian Vell', 'PER'], ['Vell', 'PER']);
  assert.equal(a[0].entityId, b[0].entityId);
});

test('another first name, middle name or initial stays another person', () => {
  const r = resolve('f4', ['H. Dorian Vell', 'PER'], ['Martin Dorian Vell', 'PER'], ['Hollis Ambrose Vell', 'PER']);
  assert.notEqual(r[1].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[0].entityId);
  // two initials are no name he goes by: the middle initial keeps its meaning
  assert.notEqual(personKey('H. D. Vell'), personKey('D. Vell'));
  // two fuller names the one initial could open: neither is chosen
  const two = resolve('f5', ['H. Dorian Vell', 'PER'], ['Hollis Dorian Vell', 'PER'], ['Harold Dorian Vell', 'PER']);
  assert.equal(two[1].canonical, 'Hollis Dorian Vell');
  assert.equal(two[2].canonical, 'Harold Dorian Vell');
});

test('given names written as initials are one key however they are spaced, never the surname alone with one initial', () => {
  assert.equal(personKey('R.J. Tamsin'), personKey('R. J. Tamsin'));
  assert.equal(personKey('R.J. Tamsin'), personKey('R . J . Tamsin'));
  const a = resolve('f6', ['R.J. Tamsin', 'PER'], ['Tamsin', 'PER']);
  const b = resolve('f7', ['R . J . Tamsin', 'PER']);
  assert.equal(a[0].entityId, b[0].entityId);
  assert.notEqual(personKey('R. J. Tamsin'), personKey('R. Tamsin'));
  assert.notEqual(personKey('R.J. Tamsin'), personKey('R.K. Tamsin'));
});
