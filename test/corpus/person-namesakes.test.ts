// Namesakes that differ only in a middle name are different people; an initial joins the middle
// name it opens only where one article writes both. Invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../src/corpus/entities/aliases.js';
import { entityIdFor, resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import type { EntityType } from '../../src/types.js';
import { mentionsApart as mentions } from '../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

function resolve(docId: string, ...items: Array<[string, EntityType]>) {
  return resolveDocumentEntities(mentions(...items), aliases, { docId });
}

test('three-word namesakes with different middle names are different people', () => {
  assert.notEqual(entityIdFor('PER', 'Tobias Reed Hallam'), entityIdFor('PER', 'Tobias Rowan Hallam'));
  const r = resolve('n1', ['Tobias Reed Hallam', 'PER'], ['Tobias Rowan Hallam', 'PER']);
  assert.notEqual(r[0].entityId, r[1].entityId);
});

test('names with particles and patronymics keep every word', () => {
  assert.notEqual(entityIdFor('PER', 'Nasir bin Tariq Al Harbi'), entityIdFor('PER', 'Nasir bin Talal Al Harbi'));
  assert.notEqual(entityIdFor('PER', 'Pieter van Dam Visser'), entityIdFor('PER', 'Pieter van Dijk Visser'));
});

test('an initial joins the one middle name it opens in the same article, whichever comes first', () => {
  const r = resolve('n2', ['Mirela D. Constantin', 'PER'], ['Mirela Doina Constantin', 'PER'], ['Mirela Constantin', 'PER']);
  assert.equal(r[0].canonical, 'Mirela Doina Constantin');
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
  // two middle names the initial could open: no join
  const two = resolve('n3', ['Mirela Doina Constantin', 'PER'], ['Mirela Dana Constantin', 'PER'], ['Mirela D. Constantin', 'PER']);
  assert.equal(new Set(two.map((x) => x.entityId)).size, 3);
});
