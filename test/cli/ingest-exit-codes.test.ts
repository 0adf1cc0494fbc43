// A script runs `chronicle ingest` over a folder and must tell "all read" from "some inputs failed"
// without parsing the summary: 0 when every input was read, 3 when some failed and the rest were
// read (stored now or already stored), 1 when nothing could be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const STORY = 'Library reopens after flood\n\nThe public library in Wexbridge reopened on Monday, six weeks after the river flooded its ground floor.\n';

function mixedFolder(dir: string): string {
  const folder = join(dir, 'mixed');
  mkdirSync(folder);
  writeFileSync(join(folder, 'library.txt'), STORY);
  writeFileSync(join(folder, 'blank.txt'), '');
  return folder;
}

test('some inputs failing and the rest ingested: exit 3, the failure named', () => {
  const dir = tempDir();
  const db = join(dir, 'k.db');
  const run = runCli(['ingest', mixedFolder(dir), '--db', db]);
  assert.equal(run.status, 3);
  assert.match(run.stdout, /^1 ingested, .*1 failed/);
  assert.match(run.stderr, /blank\.txt: empty file/);
});

test('run again: the stored article counts as read, the failure still gives 3; --json too', () => {
  const dir = tempDir();
  const db = join(dir, 'k.db');
  const folder = mixedFolder(dir);
  runCli(['ingest', folder, '--db', db]);
  const again = runCli(['ingest', folder, '--db', db, '--json']);
  assert.equal(again.status, 3);
  const summary = JSON.parse(again.stdout) as { unchanged: number; failed: { input: string }[] };
  assert.equal(summary.unchanged, 1);
  assert.equal(summary.failed.length, 1);
});

test('every input read: exit 0', () => {
  const dir = tempDir();
  const file = join(dir, 'library.txt');
  writeFileSync(file, STORY);
  assert.equal(runCli(['ingest', file, '--db', join(dir, 'k.db')]).status, 0);
});

test('ingest --help documents the exit codes', () => {
  const help = runCli(['ingest', '--help']).stdout;
  assert.match(help, /Exit codes: 0 when every input was read/);
  assert.match(help, /3 when\s+some inputs\s+failed and the rest were read/);
});

test('ingest - at a terminal says it is waiting for the article; piped, it says nothing', async () => {
  const { stdinHint } = await import('../../src/cli/commands/ingest.js');
  assert.match(stdinHint(['-'], true) ?? '', /standard input: paste it, then Ctrl-D on a new line/);
  assert.equal(stdinHint(['-'], false), null);
  assert.equal(stdinHint(['story.txt'], true), null);
  const piped = runCli(['ingest', '-', '--db', join(tempDir(), 'k.db')], { input: STORY });
  assert.equal(piped.status, 0);
  assert.doesNotMatch(piped.stderr, /Ctrl-D/);
});
