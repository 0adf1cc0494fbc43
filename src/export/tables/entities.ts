// Entities with their names, aliases and counts (corpus totals), by --entity-type and --doc.
import type { EntitySummary } from '../../store/interface.js';
import { joinValues } from '../csv.js';
import { entitiesInScope } from '../entities.js';
import { defineTable } from './table.js';

export const entitiesTable = defineTable<EntitySummary & { copies?: number }>({
  kind: 'entity',
  async *items(ctx) {
    yield* await entitiesInScope(ctx);
  },
  record: (e) => e,
  // documents: each near-duplicate group once; copies: the further copies (empty when none)
  columns: ['id', 'name', 'type', 'aliases', 'mentions', 'documents', 'copies'],
  rows: (e) => [[e.id, e.name, e.type, joinValues(e.aliases), e.mentions, e.documents, e.copies ?? '']],
});
