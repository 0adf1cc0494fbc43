// The UN belongs to no country: under any dateline a bare "Security Council" joins the "U.N. Security
// Council" named after it. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { Mention } from '../../../src/types.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

test('a bare UN body joins the "U.N." form named later, whatever the dateline', () => {
  for (const place of ['NEW YORK', 'NAIROBI']) {
    const text = `${place}, June 9 (Reuters) - The General Assembly debated the famine relief plan on Tuesday. Envoys expect the U.N. General Assembly to adopt it this week.`;
    const mentions: Mention[] = [
      { ...mentionAt(text, place, 'LOC'), dateline: true },
      mentionAt(text, 'Reuters', 'ORG'),
      mentionAt(text, 'General Assembly', 'ORG'),
      mentionAt(text, 'U.N. General Assembly', 'ORG'),
    ];
    const r = resolveDocumentEntities(mentions, aliases, { docId: `un-${place}` });
    assert.equal(r[2].entityId, r[3].entityId, place);
  }
});
