// A ship named with its prefix and then without it is one ship: "HMS Quarrender" … "the
// Quarrender". A place or person of the same name keeps its own entity. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../src/corpus/entities/aliases.js';
import { resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import { shipNameOf } from '../../src/corpus/entities/vessel-names.js';
import type { EntityType } from '../../src/types.js';
import { mentionsApart as mentions } from '../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('the name after a ship\'s prefix', () => {
  assert.equal(shipNameOf('HMS Quarrender'), 'Quarrender');
  assert.equal(shipNameOf('MV Tessaly Dawn'), 'Tessaly Dawn');
  assert.equal(shipNameOf('MS Office'), null);
  assert.equal(shipNameOf('Quarrender'), null);
});

test('a bare ship name is the prefixed one of its article', () => {
  const r = resolve('v1', ['HMS Quarrender', 'ORG'], ['Quarrender', 'ORG'], ['MV Tessaly Dawn', 'MISC'], ['Tessaly Dawn', 'ORG']);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[3].entityId, r[2].entityId);
  assert.equal(r[3].type, 'MISC');
});

test('a place or a person of the ship\'s name stays apart', () => {
  const r = resolve('v2', ['HMS Quarrender', 'ORG'], ['Quarrender', 'LOC'], ['Quarrender', 'PER']);
  assert.notEqual(r[1].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[0].entityId);
});
