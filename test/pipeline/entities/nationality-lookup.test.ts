// The nationality written just before a body every country has is found by where it ends, in
// whatever order the mentions come. Invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

test('the nationality right before the body names it, another one earlier does not', () => {
  const text = 'Ostrian diplomats met the Zembian Foreign Ministry on Monday.';
  const r = resolveDocumentEntities([mentionAt(text, 'Foreign Ministry', 'ORG'), mentionAt(text, 'Zembian', 'MISC'), mentionAt(text, 'Ostrian', 'MISC')], aliases, { docId: 'n1' });
  assert.equal(r[0].canonical, 'Zembian Foreign Ministry');
});
