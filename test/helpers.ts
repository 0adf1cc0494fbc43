// Shared test helpers: temp folders, running the CLI as a user would, locating ../shared.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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

/** ../shared beside the project (read-only material), or null when this clone has none. */
export function sharedDir(): string | null {
  const dir = resolve(projectPath(), '..', 'shared');
  return existsSync(join(dir, 'seeds')) ? dir : null;
}

export const SHARED_MISSING = '../shared is absent (seeds, gold and data live there); skipping';
