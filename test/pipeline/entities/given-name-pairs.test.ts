// Two given names written alone ("Rosa Maria" after "Rosa Maria Quintero") are the person whose full
// name the article gave before with both of them; not where two such people are named, not another
// pair ("Rosa Elena"), and not a pair written before the full name. The second word must be a given
// name (WordNet, or a full name of the article opening with it): a first name and a surname ("Thomas
// Darwin" after "Thomas Darwin Pell") are a person of their own. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

function resolve(docId: string, ...items: Array<[string, EntityType]>) {
  return resolveDocumentEntities(mentions(...items), aliases, { docId });
}

test('two given names written alone after the full name are that person', () => {
  const r = resolve('g1', ['Rosa Maria Quintero', 'PER'], ['Quintero', 'PER'], ['Rosa Maria', 'PER']);
  assert.equal(r[2].canonical, 'Rosa Maria Quintero');
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
});

test('two people whose names open with the same two given names leave the pair alone', () => {
  const r = resolve('g2', ['Rosa Maria Quintero', 'PER'], ['Rosa Maria Ibarra', 'PER'], ['Rosa Maria', 'PER']);
  assert.equal(r[2].canonical, 'Rosa Maria');
  assert.notEqual(r[2].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[1].entityId);
});

test('another pair of given names, and a pair written before the full name, stay themselves', () => {
  const other = resolve('g3', ['Rosa Maria Quintero', 'PER'], ['Rosa Elena', 'PER']);
  assert.equal(other[1].canonical, 'Rosa Elena');
  const before = resolve('g4', ['Rosa Maria', 'PER'], ['Rosa Maria Quintero', 'PER']);
  assert.equal(before[0].canonical, 'Rosa Maria');
});

test('a first name and a surname WordNet knows are not two given names of a longer name', () => {
  const darwin = resolve('g5', ['Thomas Darwin Pell', 'PER'], ['Pell', 'PER'], ['Thomas Darwin', 'PER']);
  assert.equal(darwin[2].canonical, 'Thomas Darwin');
  assert.notEqual(darwin[2].entityId, darwin[0].entityId);
  const newton = resolve('g6', ['Samuel Newton Brace', 'PER'], ['Samuel Newton', 'PER']);
  assert.equal(newton[1].canonical, 'Samuel Newton');
  assert.notEqual(newton[1].entityId, newton[0].entityId);
});

test('a pair the article named alone before the longer name stays that person', () => {
  // a shopkeeper named "Marco Antonio", then a minister "Marco Antonio Reyes", then the shopkeeper again
  const r = resolve('g7', ['Marco Antonio', 'PER'], ['Marco Antonio Reyes', 'PER'], ['Reyes', 'PER'], ['Marco Antonio', 'PER']);
  assert.equal(r[3].canonical, 'Marco Antonio');
  assert.equal(r[3].entityId, r[0].entityId);
  assert.notEqual(r[3].entityId, r[1].entityId);
});

test('a second word WordNet does not know is a given name when a full name of the article opens with it', () => {
  const opened = resolve('g8', ['Ana Lucia Ferraz', 'PER'], ['Lucia Ibarra', 'PER'], ['Ana Lucia', 'PER']);
  assert.equal(opened[2].canonical, 'Ana Lucia Ferraz');
  const unknown = resolve('g9', ['Ana Lucia Ferraz', 'PER'], ['Ana Lucia', 'PER']);
  assert.equal(unknown[1].canonical, 'Ana Lucia');
});
