// A two-word name the tagger typed a place or a body, whose surname the article titles "Mr" or
// "Ms", is that person (and the titled surname finds it); a name whose first word is no given name
// keeps its type. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { titledSurnameNames } from '../../../src/pipeline/entities/titled-surnames.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('"Susan Thrale", read as a place, is the person her article calls "Ms Thrale"', () => {
  const r = resolve('ts1', ['Susan Thrale', 'LOC'], ['Ms Thrale', 'PER'], ['Thrale', 'PER']);
  assert.equal(r[0].type, 'PER');
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[2].entityId, r[0].entityId);
});

test('a body named after someone keeps its type where its first word is no given name', () => {
  const r = resolve('ts2', ['Granite Thrale', 'ORG'], ['Mr Thrale', 'PER']);
  assert.equal(r[0].type, 'ORG');
  assert.notEqual(r[1].entityId, r[0].entityId);
});

test('without a titled surname, or with the title only in the full name, nothing is retyped', () => {
  const given = () => true;
  const name = (type: EntityType, tokens: string[], title: string | null = null) => ({ type, tokens, title, settled: false });
  assert.deepEqual(titledSurnameNames([name('LOC', ['susan', 'thrale']), name('PER', ['thrale'])], [undefined, undefined], given), []);
  assert.deepEqual(titledSurnameNames([name('LOC', ['susan', 'thrale']), name('PER', ['thrale'], 'Mr')], [undefined, 'm'], given), [0]);
  assert.deepEqual(titledSurnameNames([name('LOC', ['susan', 'thrale']), name('PER', ['thrale'], 'Dr')], [undefined, undefined], given), []);
  assert.deepEqual(titledSurnameNames([name('LOC', ['susan', 'thrale']), name('PER', ['thrale'], 'Mr')], [undefined, 'm'], () => false), []);
});
