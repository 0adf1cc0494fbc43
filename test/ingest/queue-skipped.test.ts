// `ingest --queue` names the files it leaves out, as a plain ingest does.
// Needs CHRONICLE_TEST_PG (set by .ci/run); skips with a message elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, tempDir } from '../helpers.js';
import { freshDatabase } from './pg-database.js';

const base = process.env.CHRONICLE_TEST_PG;
const skip = base ? false : 'CHRONICLE_TEST_PG is not set (scripts/pg-cluster.sh start prints a URL); skipping the --queue report test';


test('ingest --queue lists files of kinds it does not read, by kind', { skip, timeout: 60_000 }, async () => {
  const url = await freshDatabase(base!, 'chronicle_qs');
  const dir = join(tempDir(), 'mixed');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'harbour.txt'), 'Harbour strike\n\nDock workers in the port walked out on Friday, their union said.');
  writeFileSync(join(dir, 'minutes.pdf'), '%PDF-1.4 not really');
  writeFileSync(join(dir, 'budget.docx'), 'PK not really');

  const json = spawnSync(process.execPath, [cliPath, 'ingest', dir, '--queue', '--db', url, '--json'], { encoding: 'utf8' });
  assert.equal(json.status, 0, json.stderr);
  const summary = JSON.parse(json.stdout) as { queued: number; skipped: { kind: string; files: string[] }[] };
  assert.equal(summary.queued, 1);
  assert.deepEqual(summary.skipped.map((k) => k.kind).sort(), ['.docx', '.pdf']);
  assert.ok(summary.skipped.every((k) => k.files.length === 1));

  const text = spawnSync(process.execPath, [cliPath, 'ingest', dir, '--queue', '--db', url], { encoding: 'utf8' });
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /0 queued, 1 already queued/);
  assert.match(text.stdout, /2 files skipped, of kinds Chronicle does not read/);
  assert.match(text.stdout, /minutes\.pdf/);
});
