// events --since DATE --until DATE: the dates the API's from and to take, both ends included; an event
// dated to a month or a year is in range when that month or year overlaps it, a day without a year when
// it falls in the range in some year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { inDateRange, parseDateRange } from '../../src/cli/date-range.js';

const articles: Record<string, string> = {
  'lyon.txt': 'Police arrest two men in Lyon\n\nPolice in Lyon arrested two men on 3 March 2024 after a raid on a warehouse, prosecutors said.\n',
  'antwerp.txt': 'Dockers strike in Antwerp\n\nDock workers in Antwerp went on strike in June 2023 over pay, the union said.\n',
  'vienna.txt': 'Court jails smuggler\n\nA court in Vienna sentenced a smuggler to nine years in prison on 14 October, prosecutors said.\n',
};

test('events --since/--until: a day, a month and a day without a year, per document and merged', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, 'in', name), text);
  const db = join(dir, 'range.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const types = (...args: string[]) => {
    const res = runCli(['events', ...args, '--db', db, '--json']);
    assert.equal(res.status, 0, res.stderr);
    return (JSON.parse(res.stdout) as Array<{ type: string }>).map((e) => e.type).sort();
  };
  // the three are dated 2024-03-03, 2023-06 and --10-14
  assert.deepEqual(types(), ['arrest', 'sentencing', 'strike']);
  assert.deepEqual(types('--since', '2024-01-01'), ['arrest', 'sentencing']);
  assert.deepEqual(types('--since', '2023-06-15', '--until', '2023-12'), ['sentencing', 'strike']);
  assert.deepEqual(types('--until', '2023-06-01'), ['sentencing', 'strike']);
  assert.deepEqual(types('--since', '2024-03-03', '--until', '2024-03-03'), ['arrest']);
  assert.deepEqual(types('--since', '2024-03-04', '--until', '2024-09-30'), []);
  assert.deepEqual(types('--since', '2024', '--merged'), ['arrest', 'sentencing']);
  const none = runCli(['events', '--since', '2024-03-04', '--until', '2024-09-30', '--db', db]);
  assert.equal(none.stdout.trim(), 'No events stored in that date range.');
  // --limit counts the events in range
  assert.equal(types('--since', '2024-01-01', '--limit', '1').length, 1);
  for (const bad of [['--since', '2024-02-30'], ['--until', 'March 2024'], ['--since', '2024-05', '--until', '2024-04']]) {
    const res = runCli(['events', ...bad, '--db', db]);
    assert.equal(res.status, 2, bad.join(' '));
  }
  assert.match(runCli(['events', '--since', '2024-02-30', '--db', db]).stderr, /--since must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"/);
  assert.match(runCli(['events', '--since', '2024-05', '--until', '2024-04', '--db', db]).stderr, /--since 2024-05 is after --until 2024-04/);
});

test('inDateRange: a range written as one mention, 29 February without a year, undated', () => {
  const march = parseDateRange('2024-03-10', '2024-03-20');
  assert.ok(march);
  assert.equal(inDateRange('2024-03-05', march, '2024-03-12'), true);
  assert.equal(inDateRange('2024-03-05', march), false);
  assert.equal(inDateRange('--02-29', parseDateRange('2025-01-01', '2025-12-31')!), false);
  assert.equal(inDateRange('--02-29', parseDateRange('2025-01-01', '2028-03')!), true);
  assert.equal(inDateRange('--12-31', parseDateRange('2024-12-30', '2025-01-02')!), true);
  assert.equal(inDateRange(null, march), false);
  assert.equal(parseDateRange(undefined, undefined), null);
});
