// A ship named with its prefix ("INS", "MV", "USS", or "Naval Ship" spelled out) and then by its
// name alone is one entity; two ships of one name, and a name no ship bears, stay apart. Invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { shipNameWithoutPrefix } from '../../../src/pipeline/entities/ship-prefixes.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('the name a ship prefix stands before', () => {
  assert.equal(shipNameWithoutPrefix('INS Kaveri'), 'Kaveri');
  assert.equal(shipNameWithoutPrefix('MV Tessa Marlow'), 'Tessa Marlow');
  assert.equal(shipNameWithoutPrefix('Indian Naval Ship Kaveri'), 'Kaveri');
  assert.equal(shipNameWithoutPrefix('Ms Tessa'), null);
  assert.equal(shipNameWithoutPrefix('Kaveri'), null);
});

test('a ship written without its prefix is the ship, whatever the tagger typed', () => {
  const r = resolve('s1', ['INS Kaveri', 'MISC'], ['Kaveri', 'ORG']);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[1].canonical, 'INS Kaveri');
  assert.equal(r[1].type, 'MISC');
  const spelled = resolve('s2', ['Indian Naval Ship Kaveri', 'ORG'], ['Kaveri', 'LOC']);
  assert.equal(spelled[1].entityId, spelled[0].entityId);
});

test('two ships of one name leave the bare name alone, and other names stay theirs', () => {
  const two = resolve('s3', ['USS Harlan', 'MISC'], ['HMS Harlan', 'MISC'], ['Harlan', 'MISC']);
  assert.notEqual(two[2].entityId, two[0].entityId);
  assert.notEqual(two[2].entityId, two[1].entityId);
  const other = resolve('s4', ['MV Tessa', 'MISC'], ['Kaveri', 'LOC']);
  assert.equal(other[1].canonical, 'Kaveri');
});
