// Opens the store a --db value names. SQLite is the default engine.
import type { Store } from './interface.js';
import { SqliteStore } from './sqlite/index.js';

export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error('PostgreSQL support is not built yet; use a SQLite file path for --db');
  }
  return new SqliteStore(location);
}
