// A name written with or without an inner "the" ("Republic of the Marovia Isles", "Republic of
// Marovia Isles") is one entity, within an article and across articles. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { entityIdFor, resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { withoutInnerArticles } from '../../../src/pipeline/entities/inner-articles.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a key loses its inner articles, and a key of nothing else keeps its own', () => {
  assert.equal(withoutInnerArticles('united republic of the tervan hills'), 'united republic of tervan hills');
  assert.equal(withoutInnerArticles('order of the silver the heron'), 'order of silver heron');
  assert.equal(withoutInnerArticles('theodora bay'), 'theodora bay');
  assert.equal(withoutInnerArticles('the'), 'the');
});

test('a place written with and without an inner "the" is one entity in one article', () => {
  const r = resolve('ia1', ['Federal Republic of the Marovia Isles', 'LOC'], ['Federal Republic of Marovia Isles', 'LOC']);
  assert.equal(r[0].entityId, r[1].entityId);
});

test('across articles, with "the" before it too, for places, bodies and works', () => {
  assert.equal(entityIdFor('LOC', 'The Republic of the Quessant Coast'), entityIdFor('LOC', 'Republic of Quessant Coast'));
  assert.equal(entityIdFor('ORG', 'Brotherhood of the Lantern Road'), entityIdFor('ORG', 'the Brotherhood of Lantern Road'));
  assert.equal(entityIdFor('MISC', 'Song of the Tidewater'), entityIdFor('MISC', 'Song of Tidewater'));
});

test('any other difference keeps two names apart', () => {
  assert.notEqual(entityIdFor('LOC', 'Republic of the Quessant Coast'), entityIdFor('LOC', 'Republic of a Quessant Coast'));
  assert.notEqual(entityIdFor('ORG', 'Bank of the Orrin Valley'), entityIdFor('ORG', 'Bank of Orrin'));
});
