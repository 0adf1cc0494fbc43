// Shared test helpers: temp folders, running the CLI as a user would, locating ../shared.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectPath } from '../src/paths.js';

export function tempDir(prefix = 'chronicle-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const cliPath = projectPath('bin', 'chronicle.js');

export function runCli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    input: opts.input,
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The database each set of texts was first ingested into in this process, by its texts. */
const ingestedOnce = new Map<string, string>();

/**
 * A new database made by `chronicle ingest` of the given text files (name → content); its path.
 * The same texts are ingested once per test file and each later call gets a copy of that database,
 * which is what a fresh ingest would make (the sources it cites are the first ingest's files).
 */
export function ingestedTexts(files: Record<string, string>): string {
  const key = JSON.stringify(Object.entries(files));
  let first = ingestedOnce.get(key);
  if (!first) {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'in', name), text);
    first = join(dir, 'c.db');
    // A generous per-document limit (the default is 60 s of wall time): on a busy machine a slow
    // set-up ingest must not fail the tests that only read its database.
    const res = runCli(['ingest', join(dir, 'in'), '--db', first, '--time-limit', '3600']);
    if (res.status !== 0) throw new Error(`ingest failed (${res.status}): ${res.stderr}`);
    ingestedOnce.set(key, first);
  }
  const db = join(tempDir(), 'c.db');
  copyFileSync(first, db);
  return db;
}

/** ../shared beside the project (read-only material), or null when this clone has none. */
export function sharedDir(): string | null {
  const dir = resolve(projectPath(), '..', 'shared');
  return existsSync(join(dir, 'seeds')) ? dir : null;
}

export const SHARED_MISSING = '../shared is absent (seeds, gold and data live there); skipping';
