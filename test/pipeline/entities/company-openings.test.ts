// One name, one type across its forms: the first word of a company's name written in full before
// it, read alone as a place or a person, is that company's short form ("Quillworth Supplies Ltd."
// … "Quillworth"). A real place, a person's name of the article and a lone given name keep their
// type. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a short form the tagger called a place or a person takes the type of the company it opens', () => {
  assert.equal(resolve('c1', ['Quillworth Supplies Ltd.', 'ORG'], ['Quillworth', 'LOC'])[1].type, 'ORG');
  assert.equal(resolve('c2', ['Brannagh Freight Co.', 'ORG'], ['Brannagh', 'PER'])[1].type, 'ORG');
});

test('a place, a person of the article, a given name or a name written before the company keep their type', () => {
  assert.equal(resolve('c3', ['Toronto Harbour Holdings Ltd.', 'ORG'], ['Toronto', 'LOC'])[1].type, 'LOC');
  assert.equal(resolve('c4', ['Edna Quillworth', 'PER'], ['Quillworth Supplies Ltd.', 'ORG'], ['Quillworth', 'PER'])[2].type, 'PER');
  assert.equal(resolve('c5', ['Michael Rooney Freight Ltd.', 'ORG'], ['Michael', 'PER'])[1].type, 'PER');
  assert.equal(resolve('c6', ['Quillworth', 'LOC'], ['Quillworth Supplies Ltd.', 'ORG'])[0].type, 'LOC');
});

test('a short form that opens two companies\' names is left as the tagger read it', () => {
  assert.equal(resolve('c7', ['Quillworth Supplies Ltd.', 'ORG'], ['Quillworth Mining Corp.', 'ORG'], ['Quillworth', 'LOC'])[2].type, 'LOC');
});
