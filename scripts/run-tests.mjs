#!/usr/bin/env node
// Runs every compiled *.test.js under dist/test with Node's test runner (helpers and fixtures
// beside them are not tests). Extra arguments are passed to `node --test`.
//
// Files that leave the process alone run in batches, several to a process, each file inside a
// suite of its own (test/runner/batches.ts says which files and why). The browser test files share
// one UI build and one Chromium started here (test/web/chromium.ts), and one ingest of each project
// corpus they serve (test/web/shared-ingest.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { startSharedUi } from '../dist/test/web/chromium.js';
import { startSharedIngests } from '../dist/test/web/shared-ingest.js';
import { batchModule, dealIntoBatches, needsOwnProcess } from '../dist/test/runner/batches.js';

/** Files per batch: small enough that the two runners stay evenly loaded to the end. */
const FILES_PER_BATCH = 24;

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : [],
  );
}

const files = find('dist/test').sort();
const alone = files.filter((f) => needsOwnProcess(readFileSync(f, 'utf8')));
const batchable = files.filter((f) => !alone.includes(f)).map((f) => resolve(f));
const batchDir = mkdtempSync(join(tmpdir(), 'chronicle-test-batches-'));
const batches = dealIntoBatches(batchable, FILES_PER_BATCH).map((members, b) => {
  const batch = join(batchDir, `batch-${String(b + 1).padStart(2, '0')}.test.mjs`);
  writeFileSync(batch, batchModule(members, (f) => relative('dist', f)));
  return batch;
});

const shared = await startSharedUi();
const ingests = startSharedIngests();
// asynchronous, so that this process keeps relaying the shared browser's connections
const child = spawn(process.execPath, ['--test', '--test-concurrency=2', ...process.argv.slice(2), ...alone, ...batches], {
  stdio: 'inherit',
  env: { ...process.env, ...shared.env, ...ingests.env },
});
const status = await new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
await shared.close();
ingests.close();
rmSync(batchDir, { recursive: true, force: true });
process.exit(status);
