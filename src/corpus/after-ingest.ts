// What runs after every save of new articles, whoever saved them (ingest, an upload, a queue
// worker): one name, one type over the corpus, government bodies' no-country mentions joined to
// their one country, organisation short forms joined to full names on co-mentioned evidence, then
// people's decisions on top, in that order, since
// a person's type or merge wins over the corpus's. One pass at a time per store: each reads, decides
// and rewrites, and two interleaved (two uploads at once, two workers) would write what one decided
// from a read the other's save had already made stale. In this process a chain per store location
// keeps them apart; across processes (workers on PostgreSQL), the store's lock.
import type { Store } from '../store/interface.js';
import { applyEntityCurations } from './curation.js';
import { retypeByCorpus, type TypePassResult, type TypePassScope } from './entities/type-pass.js';
import { joinShortOrgsInStore } from './entities/short-org-pass.js';
import { joinBodiesByCountryInStore } from './entities/body-country-pass.js';
import { joinShortNamesInStore } from './entities/short-name-pass.js';

/** The last pass started on each store (by location: two connections to one file are one store). */
const last = new Map<unknown, Promise<unknown>>();

/** The corpus type pass (over the names of `scope`'s documents, or all) and the curations after it.
 *  Documents an earlier run saved but never passed (killed in between) are passed too. */
export async function afterIngest(store: Store, scope?: TypePassScope): Promise<TypePassResult> {
  const run = async () => {
    // read before the passes: a document another writer saves meanwhile waits for that writer's pass
    const pending = await store.pendingPassDocuments();
    const docIds = scope ? [...new Set([...scope.docIds, ...pending])] : pending;
    const bodyScope = new Set(docIds);
    const types = await retypeByCorpus(store, scope && { docIds }, (d) => bodyScope.add(d));
    // a body's no-country mentions join its one country key, once entities are settled: over the
    // names of the new articles and of those the type pass re-resolved (which undid their joins)
    await joinBodiesByCountryInStore(store, scope && { docIds: [...bodyScope] });
    // short forms join full names on the corpus's evidence, once types (and so entities) are settled
    await joinShortOrgsInStore(store);
    // bare last words join the one full name of the corpus they end, on the same kind of evidence
    await joinShortNamesInStore(store);
    await applyEntityCurations(store);
    await store.passesDone(docIds);
    return types;
  };
  const key = store.location ?? store;
  const mine = (last.get(key) ?? Promise.resolve()).then(() => (store.exclusively ? store.exclusively(run) : run()));
  const settled = mine.catch(() => undefined);
  last.set(key, settled);
  // forget a store once its last pass is done
  void settled.then(() => last.get(key) === settled && last.delete(key));
  return mine;
}
