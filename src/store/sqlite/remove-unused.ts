// Removes a SQLite database this process created and wrote nothing to. Several ingests may share one
// file: another may have stored documents in it meanwhile, or may have it open and store them later.
// A connection in exclusive locking mode gets its lock only when no other connection has the file
// open (WAL connections hold a shared lock while open), so the file is removed only then, and only
// when it holds no documents, aliases or curations.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Tables any of which, holding a row, makes the database worth keeping. */
const CONTENT_TABLES = ['documents', 'user_aliases', 'curations', 'pending_passes'];

/** Removes the database at `path` (and its -wal, -shm and -journal files) when no other connection has
 *  it open and it holds nothing; true when removed. */
export function removeUnusedDatabase(path: string): boolean {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch {
    return false;
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE'); // SQLITE_BUSY while another connection has the file open
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    const holds = CONTENT_TABLES.some((t) => tables.has(t) && db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() !== undefined);
    if (holds) return false;
    // Unlinked while the lock is held: a process opening the path after this makes a new file. One
    // that opened it in the instant between the lock and the unlink would wait, then write to the
    // unlinked file: a window of microseconds, not the whole run as before.
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
