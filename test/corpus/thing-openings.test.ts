// An award, work or product named in full and then by its first words is that thing ("Varnley
// Prize for Poetry" … "the Varnley Prize"), where one such thing opens with them; a nationality
// is no short form. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../src/corpus/entities/aliases.js';
import { resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import type { EntityType } from '../../src/types.js';
import { mentionsApart as mentions } from '../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('the first words of a thing named in full before them are that thing', () => {
  const r = resolve('t1', ['Varnley Prize for Poetry', 'MISC'], ['Varnley Prize', 'MISC']);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[1].canonical, 'Varnley Prize for Poetry');
});

test('two things that open alike, a name written first, or a nationality stay apart', () => {
  const two = resolve('t2', ['Varnley Prize for Poetry', 'MISC'], ['Varnley Prize for Drama', 'MISC'], ['Varnley Prize', 'MISC']);
  assert.equal(two[2].canonical, 'Varnley Prize');
  const first = resolve('t3', ['Varnley Prize', 'MISC'], ['Varnley Prize for Poetry', 'MISC']);
  assert.notEqual(first[0].entityId, first[1].entityId);
  const people = resolve('t4', ['Dutch Reformed', 'MISC'], ['Dutch', 'MISC']);
  assert.notEqual(people[1].entityId, people[0].entityId);
});
