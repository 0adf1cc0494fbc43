#!/usr/bin/env node
// Runs every compiled *.test.js under dist/test with Node's test runner (helpers and fixtures
// beside them are not tests). Extra arguments are passed to `node --test`.
//
// Node's runner starts a process per file, and most files spend more CPU loading the pipeline and
// its models than running their tests; so files that keep to themselves (no file-wide hooks, no
// environment, process or mock changes, no browser suite) run in batches, several to a process.
// The browser test files share one UI build and one Chromium started here (test/web/chromium.ts),
// and one ingest of each project corpus they serve (test/web/shared-ingest.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { startSharedUi } from '../dist/test/web/chromium.js';
import { startSharedIngests } from '../dist/test/web/shared-ingest.js';

/** Files per batch: small enough that the two runners stay evenly loaded to the end. */
const FILES_PER_BATCH = 24;

/** What makes a file need a process of its own: hooks that would span the batch, or changes to the process its neighbours share. */
const NEEDS_OWN_PROCESS = /\b(before|after|beforeEach|afterEach)\s*\(|process\.(env|chdir|on|once|exit|exitCode|stdout|stderr|argv|memoryUsage|cpuUsage|hrtime)|\bmock\b|globalThis|\.only\b|\bgc\(\)|browser\.js/;

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : [],
  );
}

const files = find('dist/test').sort();
const alone = files.filter((f) => NEEDS_OWN_PROCESS.test(readFileSync(f, 'utf8')));
const batchable = files.filter((f) => !alone.includes(f));
const batchDir = mkdtempSync(join(tmpdir(), 'chronicle-test-batches-'));
const batches = [];
for (let i = 0; i < batchable.length; i += FILES_PER_BATCH) {
  const batch = join(batchDir, `batch-${String(batches.length + 1).padStart(2, '0')}.test.mjs`);
  const imports = batchable.slice(i, i + FILES_PER_BATCH).map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)};`);
  writeFileSync(batch, `${imports.join('\n')}\n`);
  batches.push(batch);
}

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
