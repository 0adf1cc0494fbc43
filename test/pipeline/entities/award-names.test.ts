// An award named in full ("X Awards", "X Award") and for short ("the Xs", "an X") in one article
// is one entity; a singular the tagger read as a person, and a name no award ends in, stay apart.
// Invented awards and names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('"the Xs" and "an X" are the "X Awards" of the article, which a person reading does not type', () => {
  const r = resolve('a1', ['Marlow Award', 'PER'], ['Marlows', 'MISC'], ['Marlow', 'MISC']);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[2].entityId, r[0].entityId);
  assert.deepEqual(r.map((x) => x.type), ['MISC', 'MISC', 'MISC']);
  assert.equal(r[1].canonical, 'Marlow Award');
});

test('a singular read as a person, and a plural no award ends in, keep their own entities', () => {
  const r = resolve('a2', ['Marlow Awards', 'MISC'], ['Marlow', 'PER'], ['Harlows', 'ORG']);
  assert.notEqual(r[1].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[0].entityId);
});

test('an award written "X Award" in one article and "X Awards" in another is one entity', () => {
  const single = resolve('a4', ['Marlow Award', 'MISC']);
  const plural = resolve('a5', ['Marlow Awards', 'MISC']);
  assert.equal(single[0].entityId, plural[0].entityId);
  assert.equal(single[0].canonical, 'Marlow Award');
});
