// Stopping and size limits in `ingest`: SIGTERM exits as the shell expects (143, not Ctrl-C's 130),
// an export restore stops reading at the stop signal, and only the readers' own size limit (the one
// --max-mb raises) gets the hint, spelled from the default limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runCli, tempDir } from '../helpers.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { restoreExport } from '../../src/export/index.js';
import { readInputs } from '../../src/pipeline/read/index.js';
import { DEFAULT_MAX_BYTES, SIZE_HINT, formatSize } from '../../src/pipeline/read/messages.js';
import { exportString, fixtureStore } from '../export/helpers.js';

test('SIGTERM part way stops like Ctrl-C but exits 143', async () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  for (let i = 0; i < 60; i++)
    writeFileSync(join(folder, `m${i}.txt`), `Ferry note ${i}\n\nThe ferry to Skerrow Isle ran ${i + 2} minutes late on crossing ${i}, the harbour office said.\n`);
  const child = spawn(process.execPath, [cliPath, 'ingest', folder, '--db', join(dir, 'kb.db'), '--batch', '1000'], { env: { ...process.env, CHRONICLE_PROGRESS: '1' } });
  let stderr = '';
  let sent = false;
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (!sent && [...stderr.matchAll(/ingest (\d+)/g)].some((m) => Number(m[1]) >= 2)) {
      sent = true;
      child.kill('SIGTERM');
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.ok(sent, stderr);
  assert.equal(code, 143, stderr);
  assert.match(stderr, /Interrupted: \d+ new articles? saved/);
});

test('restoreExport reads no further once its signal is aborted', async () => {
  const { store, dir } = await fixtureStore();
  const path = join(dir, 'export.jsonl');
  writeFileSync(path, await exportString(store, { format: 'jsonl' }));
  const stopped = new AbortController();
  stopped.abort('SIGINT');
  const target = new SqliteStore(join(dir, 'stopped.db'));
  try {
    assert.deepEqual(await restoreExport(path, target, { signal: stopped.signal }), { restored: 0, duplicates: 0, failed: [], settings: 0 });
    assert.equal(await target.countDocuments(), 0);
    // the same export without a stop restores every record
    assert.equal((await restoreExport(path, target, { signal: new AbortController().signal })).restored, 3);
  } finally {
    await target.close();
  }
});

test('size failures carry reason size-limit; other failures none; the hint names the default limit', async () => {
  const dir = tempDir();
  const big = join(dir, 'big.txt');
  writeFileSync(big, `Long report\n\n${'The quarry road stays shut. '.repeat(2000)}\n`);
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const results = [];
  for await (const r of readInputs([big, empty], { maxBytes: 1024 })) results.push(r);
  const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
  assert.equal(failures.length, 2);
  assert.equal(failures.find((f) => f.input === big)?.reason, 'size-limit');
  assert.equal(failures.find((f) => f.input === empty)?.reason, undefined);
  assert.ok(SIZE_HINT.includes(`(default ${formatSize(DEFAULT_MAX_BYTES)})`), SIZE_HINT);

  // end to end: the hint follows a size failure, and not a failure of another kind
  const bigger = join(dir, 'bigger.txt');
  writeFileSync(bigger, `Long report\n\n${'The quarry road stays shut. '.repeat(50_000)}\n`);
  const over = runCli(['ingest', bigger, '--db', join(dir, 'a.db'), '--max-mb', '1']);
  assert.ok(over.stderr.includes(SIZE_HINT), over.stderr);
  const other = runCli(['ingest', empty, '--db', join(dir, 'b.db')]);
  assert.ok(!other.stderr.includes('--max-mb'), other.stderr);
});
