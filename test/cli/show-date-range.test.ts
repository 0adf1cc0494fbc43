// `show` lists a document's time mentions (--json all of them, the text the first 20); a range
// written as one mention carries its last day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { timeValueText } from '../../src/cli/commands/show.js';

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

test('show without --json lists the time mentions: as written, the value with its precision, a range to its last day', { timeout: 120_000 }, () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'fair.txt'), 'Harvest fair closes early\n\nPublished 16 October 2026\n\nThe harvest fair in Dunmore ran from 3 to 10 September and drew few visitors, its organisers said on Friday. It had run for three years.\n');
  const db = join(dir, 'k.db');
  assert.equal(runCli(['ingest', '--workers', '0', '--db', db, join(dir, 'fair.txt')]).status, 0);
  const shown = runCli(['show', '--db', db, 'fair']);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /^date "3 to 10 September" 2026-09-03 to 2026-09-10 \(day\)$/m);
  assert.match(shown.stdout, /^date "Friday" 2026-10-16 \(day\)$/m);
  assert.match(shown.stdout, /^date "three years" P3Y \(duration\)$/m);
});

test('show lists the first 20 time mentions and says how many more --json has', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const days = Array.from({ length: 23 }, (_, i) => `Ferry ${i + 1} sailed late on ${i + 1} May.`).join(' ');
  writeFileSync(join(dir, 'ferry.txt'), `Ferry delays in May\n\nPublished 30 June 2026\n\n${days}\n`);
  const db = join(dir, 'k.db');
  assert.equal(runCli(['ingest', '--workers', '0', '--db', db, join(dir, 'ferry.txt')]).status, 0);
  const shown = runCli(['show', '--db', db, 'ferry']);
  assert.equal(shown.status, 0, shown.stderr);
  const listed = shown.stdout.split('\n').filter((l) => l.startsWith('date "'));
  assert.equal(listed.length, 20, shown.stdout);
  const times = (JSON.parse(runCli(['show', '--json', '--db', db, 'ferry']).stdout) as { times: unknown[] }).times.length;
  assert.ok(times > 20, `${times} time mentions`);
  assert.match(shown.stdout, new RegExp(`^… and ${times - 20} more dates? \\(--json lists them all\\)$`, 'm'));
});

test('timeValueText: a date without its year reads as the published line does; no calendar date gives its TIMEX3 value', () => {
  assert.equal(timeValueText({ iso: '--03-04', precision: 'month-day' }), '4 Mar (year unknown)');
  assert.equal(timeValueText({ iso: '2026-03', precision: 'month' }), '2026-03 (month)');
  assert.equal(timeValueText({ iso: null, precision: 'none', timex: '2026-W43', notBefore: '2026-10-19' }), '2026-W43, not before 2026-10-19');
  assert.equal(timeValueText({ iso: null, precision: 'none', kind: 'reference', timex: 'PRESENT_REF' }), 'PRESENT_REF (reference)');
  assert.equal(timeValueText({ iso: null, precision: 'none', relativeTo: 'the strike began' }), 'unresolved (relative to "the strike began")');
});
