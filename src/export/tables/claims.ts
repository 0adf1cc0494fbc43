// Claim groups: one row per claim, with its group's quantity and whether the group is disputed.
import type { ClaimGroup } from '../../corpus/claims/group.js';
import { claimGroupsInScope } from '../claims.js';
import { defineTable } from './table.js';

export const claimsTable = defineTable<ClaimGroup>({
  kind: 'claim',
  async *items(ctx) {
    yield* await claimGroupsInScope(ctx);
  },
  record: (g) => g,
  // columns added later go last (vague_words, then qualifier_words), so that readers of the earlier columns by position are not broken
  columns: ['group_id', 'quantity', 'disputed', 'value', 'qualifier', 'what', 'source', 'doc', 'evidence', 'start', 'end', 'vague_words', 'qualifier_words'],
  rows: (g) => g.claims.map((c) => [g.id, g.quantity, g.disputed, c.value, c.qualifier, c.what, c.source, c.docId, c.evidence, c.start, c.end, c.vagueWords, c.qualifierWords]),
});
