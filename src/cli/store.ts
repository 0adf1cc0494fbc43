import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/interface.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { resolveDbPath } from './args.js';

/**
 * Opens the database for a command; a missing file is a clear error, not a new empty database.
 * Read-only unless the command says it writes (create or write), so reading works on a database
 * in a read-only folder and can never change it.
 */
export async function withStore<T>(
  dbFlag: string | undefined,
  fn: (store: Store) => Promise<T>,
  opts: { create?: boolean; write?: boolean } = {},
): Promise<T> {
  const location = resolveDbPath(dbFlag);
  const isFile = !isPostgresUrl(location);
  if (isFile && !opts.create && !existsSync(location)) {
    throw new Error(`no database at ${location}. Ingest something first (chronicle ingest PATH) or pass --db FILE.`);
  }
  // SQLite's own words for a folder ("disk I/O error", "unable to open database file") said nothing of the cause
  if (isFile && existsSync(location) && statSync(location).isDirectory()) {
    throw new Error(`--db ${location} is a folder, not a database file: give a file, such as --db ${join(location, 'chronicle.db')}`);
  }
  const store = await openStore(location, { readonly: !opts.create && !opts.write }).catch((err: unknown) => {
    // SQLite's "file is not a database" named neither the file nor the option that gave it
    if (isFile && (err as { code?: unknown }).code === 'SQLITE_NOTADB') throw new Error(`--db ${location} is not a Chronicle database (not an SQLite file): give the database file, or a new name to create one with chronicle ingest`);
    throw err;
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
