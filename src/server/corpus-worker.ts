// Worker thread: opens its own connection to the store and computes the corpus groupings, so the
// server's event loop keeps answering requests meanwhile (see corpus-cache.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open.js';
import { computeCorpus } from './corpus-view.js';

const { location } = workerData as { location: string };
const store = await openStore(location, { readonly: true }); // it only reads
try {
  parentPort!.postMessage({ ok: true, data: await computeCorpus(store) });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) });
} finally {
  await store.close();
}
