// Shared test helpers: temp folders, running the CLI as a user would, locating ../shared.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

/** A new database made by `chronicle ingest` of the given text files (name → content); its path. */
export function ingestedTexts(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'in', name), text);
  const db = join(dir, 'c.db');
  const res = runCli(['ingest', join(dir, 'in'), '--db', db]);
  if (res.status !== 0) throw new Error(`ingest failed (${res.status}): ${res.stderr}`);
  return db;
}

/** ../shared beside the project (read-only material), or null when this clone has none. */
export function sharedDir(): string | null {
  const dir = resolve(projectPath(), '..', 'shared');
  return existsSync(join(dir, 'seeds')) ? dir : null;
}

export const SHARED_MISSING = '../shared is absent (seeds, gold and data live there); skipping';
