// Entities with their names, aliases and counts (corpus totals), by --entity-type and --doc.
import type { EntitySummary } from '../../store/interface.js';
import { joinValues } from '../csv.js';
import { entitiesInScope } from '../entities.js';
import { defineTable } from './table.js';

export const entitiesTable = defineTable<EntitySummary>({
  kind: 'entity',
  async *items(ctx) {
    yield* await entitiesInScope(ctx);
  },
  record: (e) => e,
  columns: ['id', 'name', 'type', 'aliases', 'mentions', 'documents'],
  rows: (e) => [[e.id, e.name, e.type, joinValues(e.aliases), e.mentions, e.documents]],
});
