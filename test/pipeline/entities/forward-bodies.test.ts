// A bare body name joins a country-qualified name written after it only when that country is the
// one the story is filed from, or when the bare name stands in a list of bodies. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { Mention } from '../../../src/types.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

test('in a story filed from one country, its bare "Navy" is not another country\'s navy named later', () => {
  const text = 'OSLO, May 2 (NTB) - The Navy said a patrol boat followed two cruisers along the coast. The cruisers belong to the U.S. Navy.';
  // the agency's credit right before "The Navy" is no list of bodies
  const mentions: Mention[] = [{ ...mentionAt(text, 'OSLO', 'LOC'), dateline: true }, mentionAt(text, 'NTB', 'ORG'), mentionAt(text, 'Navy', 'ORG'), mentionAt(text, 'U.S. Navy', 'ORG')];
  const r = resolveDocumentEntities(mentions, aliases, { docId: 'f1' });
  assert.equal(r[2].canonical, 'Navy');
  assert.notEqual(r[2].entityId, r[3].entityId);
});

test('filed from that country, or listed with other bodies, the bare name joins', () => {
  const home = 'WASHINGTON, May 2 - The Navy said a patrol boat followed two cruisers. Officials of the U.S. Navy confirmed it.';
  const h = resolveDocumentEntities([{ ...mentionAt(home, 'WASHINGTON', 'LOC'), dateline: true }, mentionAt(home, 'Navy', 'ORG'), mentionAt(home, 'U.S. Navy', 'ORG')], aliases, { docId: 'f2' });
  assert.equal(h[1].entityId, h[2].entityId);
  const list = 'OSLO, May 2 - Army, Navy and Air Force units took part, alongside ships of the U.S. Navy.';
  const l = resolveDocumentEntities(
    [{ ...mentionAt(list, 'OSLO', 'LOC'), dateline: true }, mentionAt(list, 'Army', 'ORG'), mentionAt(list, 'Navy', 'ORG'), mentionAt(list, 'Air Force', 'ORG'), mentionAt(list, 'U.S. Navy', 'ORG')],
    aliases,
    { docId: 'f3' },
  );
  assert.equal(l[2].entityId, l[4].entityId);
});
