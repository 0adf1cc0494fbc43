// Within one article: a body's bare name ("the Navy") is the body the article writes with its
// country's nationality ("the Chilean Navy", "the Indian Navy"), before or after it, also where the
// nationality is shared with a dependency of few or no people (India and the British Indian Ocean
// Territory, France and the French Southern Territories). Two countries' bodies keep the bare name
// apart from both. Fixtures are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { ownerCountryOfName } from '../../../src/pipeline/entities/descriptive-names.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a nationality shared with an empty territory names the country', () => {
  assert.equal(ownerCountryOfName('Indian'), 'IN');
  assert.equal(ownerCountryOfName('French'), 'FR');
  assert.equal(ownerCountryOfName('Chilean'), 'CL');
  assert.equal(ownerCountryOfName('Tuesday'), null);
});

test('"the Navy" after and before "the Indian Navy" is that navy', () => {
  const after = resolve('n1', ['Indian Navy', 'ORG'], ['Navy', 'ORG']);
  assert.equal(after[1].entityId, after[0].entityId);
  const before = resolve('n2', ['Navy', 'ORG'], ['Indian Navy', 'ORG']);
  assert.equal(before[0].entityId, before[1].entityId);
});

test('two countries\' navies leave the bare name to neither', () => {
  const r = resolve('n3', ['French Navy', 'ORG'], ['Indian Navy', 'ORG'], ['Navy', 'ORG']);
  assert.notEqual(r[2].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[1].entityId);
});
