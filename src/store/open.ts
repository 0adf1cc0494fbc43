// Opens the store a --db value names: a postgres:// URL or a SQLite file path (the default engine).
import type { Store } from './interface.js';
import { SqliteStore } from './sqlite/index.js';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** readonly: a SQLite file is opened only to read (PostgreSQL connections are not restricted). */
export async function openStore(location: string, opts: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded only when asked for, so SQLite users never load the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres/index.js');
    return PostgresStore.open(location);
  }
  return new SqliteStore(location, { readonly: opts.readonly });
}
