// A government body written without the body noun that closes its name ("the Harwick Police" …
// "the Harwick Police Department") is that body, before or after it, also where the full name
// opens with the body's country ("Marine Fisheries" … "the U.S. Marine Fisheries Service"). A
// place stays a place, two such bodies leave the short form alone, and a name that is no body's
// keeps its own entity. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a body written without its closing noun is the body, before or after the full name', () => {
  const after = resolve('b1', ['Harwick Police Department', 'ORG'], ['Harwick Police', 'ORG']);
  assert.equal(after[1].entityId, after[0].entityId);
  assert.equal(after[1].canonical, 'Harwick Police Department');
  const before = resolve('b2', ['Harwick Police', 'ORG'], ['Harwick Police Department', 'ORG']);
  assert.equal(before[0].entityId, before[1].entityId);
});

test('a body whose full name opens with its country is found without the country and the noun', () => {
  const r = resolve('b3', ['U.S. Marine Fisheries Service', 'ORG'], ['Marine Fisheries', 'ORG']);
  assert.equal(r[1].entityId, r[0].entityId);
});

test('a place, a body of two, and a name closing in no body noun keep their own entities', () => {
  const place = resolve('b4', ['Texas Department', 'ORG'], ['Texas', 'ORG']);
  assert.notEqual(place[1].entityId, place[0].entityId);
  const two = resolve('b5', ['Harwick Police Department', 'ORG'], ['Harwick Police Service', 'ORG'], ['Harwick Police', 'ORG']);
  assert.notEqual(two[2].entityId, two[0].entityId);
  assert.notEqual(two[2].entityId, two[1].entityId);
  const company = resolve('b6', ['Quillworth Harbour Trading', 'ORG'], ['Quillworth Harbour', 'ORG']);
  assert.notEqual(company[1].entityId, company[0].entityId);
});
