// Claim groups: one row per claim, with its group's quantity and whether the group is disputed.
import { claimGroupsInScope, type SourcedClaimGroup } from '../claims.js';
import { defineTable } from './table.js';

export const claimsTable = defineTable<SourcedClaimGroup>({
  kind: 'claim',
  async *items(ctx) {
    yield* await claimGroupsInScope(ctx);
  },
  record: (g) => g,
  // columns added later go last (vague_words, then qualifier_words, then the source's words, entity and span), so
  // that readers of the earlier columns by position are not broken; source is the name the figures export gives
  columns: ['group_id', 'quantity', 'disputed', 'value', 'qualifier', 'what', 'source', 'doc', 'evidence', 'start', 'end', 'vague_words', 'qualifier_words', 'source_text', 'source_entity', 'source_start', 'source_end'],
  rows: (g) => g.claims.map((c) => [
    g.id, g.quantity, g.disputed, c.value, c.qualifier, c.what, c.source, c.docId, c.evidence, c.start, c.end, c.vagueWords, c.qualifierWords,
    c.sourceText, c.sourceEntityId, c.sourceSpan?.start, c.sourceSpan?.end,
  ]),
});
