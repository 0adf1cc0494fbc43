// Namesakes that differ only in a middle name are different people; an initial joins the middle
// name it opens only where one article writes both. Invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { entityIdFor, resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

function resolve(docId: string, ...items: Array<[string, EntityType]>) {
  return resolveDocumentEntities(mentions(...items), aliases, { docId });
}

test('namesakes of four words or more with different middle names are different people', () => {
  assert.notEqual(entityIdFor('PER', 'Tobias Reed Alder Hallam'), entityIdFor('PER', 'Tobias Rowan Alder Hallam'));
  const r = resolve('n1', ['Tobias Reed Alder Hallam', 'PER'], ['Tobias Rowan Alder Hallam', 'PER']);
  assert.notEqual(r[0].entityId, r[1].entityId);
});

test('names with particles and patronymics keep every word', () => {
  assert.notEqual(entityIdFor('PER', 'Nasir bin Tariq Al Harbi'), entityIdFor('PER', 'Nasir bin Talal Al Harbi'));
  assert.notEqual(entityIdFor('PER', 'Pieter van Dam Visser'), entityIdFor('PER', 'Pieter van Dijk Visser'));
  assert.notEqual(entityIdFor('PER', 'Idris bin Tamim'), entityIdFor('PER', 'Idris bin Tarek'));
  assert.notEqual(entityIdFor('PER', 'Idris bin Tamim'), entityIdFor('PER', 'Idris b. Tamim'));
});

test('a three-word name and its middle initial are one person across articles', () => {
  assert.equal(resolve('n4', ['Mirela D. Constantin', 'PER'])[0].entityId, resolve('n5', ['Mirela Doina Constantin', 'PER'])[0].entityId);
});

test('an initial joins the one middle name it opens in the same article, whichever comes first', () => {
  const r = resolve('n2', ['Mirela D. Constantin', 'PER'], ['Mirela Doina Constantin', 'PER'], ['Mirela Constantin', 'PER']);
  assert.equal(r[0].canonical, 'Mirela Doina Constantin');
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
  // four words: an initial joins the one middle name it opens in the article, not two
  const long = resolve('n3', ['Ana Mirela D. Constantin', 'PER'], ['Ana Mirela Doina Constantin', 'PER']);
  assert.equal(long[0].entityId, long[1].entityId);
  const two = resolve('n6', ['Ana Mirela Doina Constantin', 'PER'], ['Ana Mirela Dana Constantin', 'PER'], ['Ana Mirela D. Constantin', 'PER']);
  assert.equal(new Set(two.map((x) => x.entityId)).size, 3);
});
