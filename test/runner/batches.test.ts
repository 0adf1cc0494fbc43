// The runner's batches (batches.ts): which files keep a process of their own, how files are dealt,
// and that a file run in a batch keeps its hooks and tests to itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tempDir } from '../helpers.js';
import { batchModule, dealIntoBatches, needsOwnProcess } from './batches.js';

test('a file that changes the process keeps its own; one that reads the environment or has hooks does not', () => {
  for (const own of ["process.env.TZ = 'UTC';", "process.env['A_B'] ??= '1';", 'delete process.env.HOME;', "process.on('exit', f);", 'process.chdir(dir);', "mock.method(fs, 'readFileSync');", 'globalThis.fetch = f;', "test.only('x', f);"])
    assert.equal(needsOwnProcess(own), true, own);
  for (const shared of ['const url = process.env.PG_URL;', 'if (process.env.PG_URL === undefined) skip();', 'spawn(cmd, { env: { ...process.env, COLUMNS: "90" } });', 'before(async () => open());', 'after(() => close());', "const mocked = 'no';"])
    assert.equal(needsOwnProcess(shared), false, shared);
});

test('files are dealt round the batches in turn, none lost or repeated', () => {
  const files = Array.from({ length: 11 }, (_, i) => i);
  const batches = dealIntoBatches(files, 4);
  assert.deepEqual(batches, [[0, 3, 6, 9], [1, 4, 7, 10], [2, 5, 8]]);
  assert.deepEqual(dealIntoBatches([], 4), []);
});

/** A test file whose file-wide hooks log to `log` and whose tests check that only its own set-up is open. */
function hookedFile(dir: string, name: string, log: string): string {
  const path = join(dir, `${name}.test.mjs`);
  writeFileSync(
    path,
    `import { after, before, test } from 'node:test';
import { appendFileSync, readFileSync } from 'node:fs';
const note = (line) => appendFileSync(${JSON.stringify(log)}, line + '\\n');
const open = () => readFileSync(${JSON.stringify(log)}, 'utf8').split('\\n').filter(Boolean);
before(async () => { await new Promise((r) => setTimeout(r, 20)); note('open ${name}'); });
after(() => note('close ${name}'));
test('${name} one', () => { const lines = open(); if (lines.at(-1) !== 'open ${name}') throw new Error(lines.join('|')); note('test ${name}'); });
test('${name} two', async () => { await new Promise((r) => setTimeout(r, 10)); note('test ${name}'); });
`,
  );
  return path;
}

test('in a batch each file\'s hooks open before its own tests and close after them, its tests in its own suite', () => {
  const dir = tempDir();
  const log = join(dir, 'log.txt');
  writeFileSync(log, '');
  const files = ['alpha', 'beta'].map((name) => hookedFile(dir, name, log));
  const batch = join(dir, 'batch.test.mjs');
  writeFileSync(batch, batchModule(files, (f) => basename(f)));
  // a run of its own, not a child of the run this test is in
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', batch], { encoding: 'utf8', env });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(
    (run.stdout.match(/^ {4}ok \d+ - .*$/gm) ?? []).map((l) => l.trim()),
    ['ok 1 - alpha one', 'ok 2 - alpha two', 'ok 1 - beta one', 'ok 2 - beta two'],
    'each file\'s tests nested in its suite',
  );
  assert.match(run.stdout, /^ok 1 - alpha\.test\.mjs$/m);
  assert.match(run.stdout, /^ok 2 - beta\.test\.mjs$/m);
  assert.match(run.stdout, /^# tests 4$/m);
  assert.deepEqual(
    readFileSync(log, 'utf8').trim().split('\n'),
    ['open alpha', 'test alpha', 'test alpha', 'close alpha', 'open beta', 'test beta', 'test beta', 'close beta'],
  );
});
