// `chronicle claims` on one event two outlets count differently: its help says such a toll is
// grouped by event (the same disagreement as `events --merged`), and the listing gives the article
// with a full date first, the one dated without a year after it, as the web UI does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { runCli, tempDir } from '../helpers.js';

test('claims --help says a toll is grouped by its event', () => {
  const res = runCli(['claims', '--help']);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /grouped by its event/);
  assert.match(res.stdout, /events --merged/);
});

test('an event\'s differing tolls: disputed, the fully dated article first', () => {
  const db = join(tempDir(), 'kano.db');
  const ingest = runCli(['ingest', projectPath('test', 'fixtures', 'ui', 'event-claims'), '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const run = runCli(['claims', '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.match(lines[0], /^⚠ DISPUTED {2}killed in the attack in Kano/);
  const figures = lines.filter((l) => /^ {2}\d/.test(l));
  assert.deepEqual(figures.map((l) => l.match(/^ {2}(\d+)/)![1]), ['31', '19'], run.stdout);
  assert.match(figures[1], /year unknown/);
});
