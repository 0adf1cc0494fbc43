// The project's fixed corpora (demo/, test/fixtures/…) ingested once per run. Some forty browser
// test files each ingest the same folder through the whole pipeline before their first test; a run
// (scripts/run-tests.mjs) instead names a folder here, where the first file to need a corpus ingests
// it and every file gets its own copy of that database, which is what its own ingest would have
// made: same input paths, same pipeline, same code. A file run alone ingests for itself.
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/ingest/index.js';

/** The folder where this run keeps its ingested corpora. */
const SHARED_INGEST_DIR = 'CHRONICLE_TEST_INGESTED_DIR';

/** Every file under `dir` with its size and modification time, so an edited fixture is a new corpus. */
function listing(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listing(path);
    const { size, mtimeMs } = statSync(path);
    return [`${path}\t${size}\t${mtimeMs}`];
  });
}

/** Whether `folder` lies in the project (fixed content, the same path in every file of the run). */
function inProject(folder: string): boolean {
  const rel = relative(projectPath(), resolve(folder));
  return rel !== '' && !rel.startsWith('..');
}

/** Whether process `pid` still runs (the one building a corpus may have been killed). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a lock file holds; 0 while it is being written or once it is gone. */
function lockHolder(lock: string): number {
  try {
    return Number(readFileSync(lock, 'utf8')) || 0;
  } catch {
    return 0;
  }
}

async function ingestInto(path: string, folders: string[]): Promise<void> {
  const store = new SqliteStore(path);
  try {
    await ingest(folders, store);
  } finally {
    await store.close();
  }
}

/** The name a run gives its one ingest of `folders`: their paths and their files' sizes and times. */
export function sharedCorpusName(folders: string[]): string {
  return createHash('sha256').update(JSON.stringify(folders.map((f) => resolve(f)))).update(folders.flatMap(listing).join('\n')).digest('hex').slice(0, 24);
}

/**
 * The run's database of `folders` ingested, built by the first process to ask under a lock file
 * (it holds the builder's pid, so a builder that died is not waited for) and renamed into place
 * whole; null where it cannot be shared.
 */
async function sharedIngest(folders: string[]): Promise<string | null> {
  const dir = process.env[SHARED_INGEST_DIR];
  if (!dir || !existsSync(dir) || !folders.length || !folders.every(inProject)) return null;
  const key = sharedCorpusName(folders);
  const built = join(dir, `${key}.db`);
  const lock = join(dir, `${key}.lock`);
  for (;;) {
    if (existsSync(built)) return built;
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      const holder = lockHolder(lock);
      if (holder && !alive(holder)) rmSync(lock, { force: true });
      else await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const building = join(dir, `${key}.${process.pid}.building.db`);
      await ingestInto(building, folders);
      renameSync(building, built);
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/** Makes `path` a database of `folders` ingested by the real pipeline: a copy of the run's shared one, else its own ingest. */
export async function ingestedDatabase(path: string, folders: string[]): Promise<void> {
  const shared = await sharedIngest(folders);
  if (shared) copyFileSync(shared, path);
  else await ingestInto(path, folders);
}

/** What a whole run shares: the environment that names its folder of corpora, and how to remove it. */
export function startSharedIngests(): { env: Record<string, string>; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-ingested-'));
  return { env: { [SHARED_INGEST_DIR]: dir }, close: () => rmSync(dir, { recursive: true, force: true }) };
}
