// The first of two passes shared by the FtM and GraphML exports: one walk over the documents in
// scope that tallies entity summaries and collects event-coreference inputs.
import type { ExportContext } from './tables/table.js';
import { resolveDocIds } from './documents.js';
import { EntityTally } from './entities.js';
import { indexEvents } from './events.js';

export async function entitiesAndEvents(ctx: ExportContext) {
  const { store, filters, progress } = ctx;
  const only = await resolveDocIds(store, filters);
  progress.setTotal(2 * (await store.countDocuments()));
  const tally = new EntityTally();
  const index = await indexEvents(store, filters, (doc) => {
    tally.add(doc);
    progress.tick();
  });
  return { only, tally, index };
}
