// `chronicle show` spells out a publication date without a year as the listings do ("29 Jan (year
// unknown)"), instead of ISO's partial form and its precision name ("--01-29 (month-day)").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

function ingest(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'in', name), text);
  const db = join(dir, 'c.db');
  const res = runCli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  return db;
}

test('show: a publication date without a year reads like the listings; --json keeps the ISO form', () => {
  const db = ingest({
    'bridge.txt': 'Bridge closed after crack found\n\nRIGA, March 4 (Reuters) - Engineers closed the Stone Bridge in Riga on March 3 after finding a crack in one pier, the city council said.\n',
  });
  const shown = runCli(['show', 'bridge', '--db', db]);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /^published 4 Mar \(year unknown\)$/m);
  assert.doesNotMatch(shown.stdout, /--03-04|month-day/);
  const json = JSON.parse(runCli(['show', 'bridge', '--db', db, '--json']).stdout) as { published: { value: string | null; precision: string } };
  assert.deepEqual([json.published.value, json.published.precision], ['--03-04', 'month-day']);
});

test('show: an undated article says "unknown" without a precision name', () => {
  const db = ingest({ 'fog.txt': 'Fog delays flights\n\nThick fog delayed flights at the airport for most of the morning, the operator said.\n' });
  const shown = runCli(['show', 'fog', '--db', db]);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /^published unknown$/m);
});

test('show says a page looks cut off, as the reader does, and --json carries why', () => {
  const db = ingest({
    'council.html': '<html><head><title>Council vote delayed</title></head><body><p>The town council in Orrin postponed its vote on the new bus depot on Tuesday after two members asked for more time to read the',
    'whole.txt': 'Depot plan approved\n\nThe town council in Orrin approved the new bus depot on Friday by nine votes to four.\n',
  });
  const cut = runCli(['show', 'council', '--db', db]);
  assert.equal(cut.status, 0, cut.stderr);
  assert.match(cut.stdout, /^incomplete: .*cut off/m);
  const json = JSON.parse(runCli(['show', 'council', '--db', db, '--json']).stdout) as { truncated?: string };
  assert.match(json.truncated ?? '', /cut off/);
  const whole = runCli(['show', 'whole', '--db', db]);
  assert.doesNotMatch(whole.stdout, /^incomplete:/m);
  assert.equal((JSON.parse(runCli(['show', 'whole', '--db', db, '--json']).stdout) as { truncated?: string }).truncated, undefined);
});
