#!/usr/bin/env node
// Runs every compiled *.test.js under dist/test with Node's test runner (helpers and fixtures
// beside them are not tests). Extra arguments are passed to `node --test`. The browser test files
// share one UI build and one Chromium started here (see test/web/chromium.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { startSharedUi } from '../dist/test/web/chromium.js';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : [],
  );
}

const files = find('dist/test').sort();
const shared = await startSharedUi();
// asynchronous, so that this process keeps relaying the shared browser's connections
const child = spawn(process.execPath, ['--test', '--test-concurrency=2', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
  env: { ...process.env, ...shared.env },
});
const status = await new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
await shared.close();
process.exit(status);
