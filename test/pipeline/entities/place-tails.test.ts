// A place named in full with words before a shorter name of its own is that place where the
// article writes the shorter name ("East 418th Street" … "418th Street"), before or after it; a
// shorter name that is a place of its own stays apart. Fixtures are invented places but one real town.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a street or park written without its leading words is the one place of the article that ends in them', () => {
  const street = resolve('t1', ['East 418th Street', 'LOC'], ['418th Street', 'LOC']);
  assert.equal(street[1].entityId, street[0].entityId);
  assert.equal(street[1].canonical, 'East 418th Street');
  // written first, and with "Mt" for "Mount"
  const park = resolve('t2', ['Mt Velmar National Park', 'LOC'], ['Tarrow Mount Velmar National Park', 'LOC']);
  assert.equal(park[0].entityId, park[1].entityId);
});

test('two places ending in the name, or a shorter name that is a town of its own, stay apart', () => {
  const two = resolve('t3', ['East 418th Street', 'LOC'], ['West 418th Street', 'LOC'], ['418th Street', 'LOC']);
  assert.notEqual(two[2].entityId, two[0].entityId);
  assert.notEqual(two[2].entityId, two[1].entityId);
  const town = resolve('t4', ['North Little Rock', 'LOC'], ['Little Rock', 'LOC']);
  assert.notEqual(town[1].entityId, town[0].entityId);
});
