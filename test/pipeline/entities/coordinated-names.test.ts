// Two names coordinated ("Brindle Flakes and Honey Brindle Flakes") name two things: the shorter is
// not joined to the longer, in that sentence or anywhere else in the article. A short form written
// apart from its coordinated namesake is joined as before, and two forms joined to a third name are
// left joined. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { Mention } from '../../../src/types.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

test('a short name coordinated with the longer name it would join stays apart from it everywhere', () => {
  const text = 'Sales of its Brindles line rose. "Brindles and Honey Oat Brindles have done well," a buyer said.';
  const mentions: Mention[] = [mentionAt(text, 'Brindles', 'PER'), mentionAt(text, 'Brindles', 'PER', 34), mentionAt(text, 'Honey Oat Brindles', 'PER')];
  const r = resolveDocumentEntities(mentions, aliases, { docId: 'k1', text });
  assert.notEqual(r[1].entityId, r[2].entityId);
  assert.notEqual(r[0].entityId, r[2].entityId);
  assert.equal(r[0].entityId, r[1].entityId);
});

test('without a coordination the short form is joined to the full name as before', () => {
  const text = 'Tomas Quellby spoke first. Later Quellby left.';
  const r = resolveDocumentEntities([mentionAt(text, 'Tomas Quellby', 'PER'), mentionAt(text, 'Quellby', 'PER', 20)], aliases, { docId: 'k2', text });
  assert.equal(r[1].entityId, r[0].entityId);
});
