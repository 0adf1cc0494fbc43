// `show --json` lists a document's time mentions; a range written as one mention carries its last day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('show --json gives a range of days its first and last day', { timeout: 120_000 }, () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'fair.txt'), 'Harvest fair closes early\n\nPublished 16 October 2026\n\nThe harvest fair in Dunmore ran from 3 to 10 September and drew few visitors, its organisers said on Friday.\n');
  const db = join(dir, 'k.db');
  const ingest = runCli(['ingest', '--workers', '0', '--db', db, join(dir, 'fair.txt')]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const shown = runCli(['show', '--json', '--db', db, 'fair']);
  assert.equal(shown.status, 0, shown.stderr);
  const times = (JSON.parse(shown.stdout) as { times: Array<{ text: string; value: { iso: string | null; end?: string } }> }).times;
  const range = times.find((t) => t.text === '3 to 10 September');
  assert.ok(range, JSON.stringify(times));
  assert.equal(range.value.end?.slice(5), '09-10');
  assert.equal(range.value.iso?.slice(5), '09-03');
});
