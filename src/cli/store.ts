import { existsSync } from 'node:fs';
import type { Store } from '../store/interface.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { resolveDbPath } from './args.js';

/** Opens the database for a reading command; a missing file is a clear error, not a new empty database. */
export async function withStore<T>(dbFlag: string | undefined, fn: (store: Store) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const location = resolveDbPath(dbFlag);
  const isFile = !isPostgresUrl(location);
  if (isFile && !opts.create && !existsSync(location)) {
    throw new Error(`no database at ${location}. Ingest something first (chronicle ingest PATH) or pass --db FILE.`);
  }
  const store = await openStore(location);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
