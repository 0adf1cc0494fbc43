// Two given names written alone ("Rosa Maria" after "Rosa Maria Quintero") are the person whose full
// name the article gave before with both of them; not where two such people are named, not another
// pair ("Rosa Elena"), and not a pair written before the full name. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../src/corpus/entities/aliases.js';
import { resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import type { EntityType } from '../../src/types.js';
import { mentionsApart as mentions } from '../fixtures/entities/mentions.js';

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
