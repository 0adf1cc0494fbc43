// `chronicle quotes` names each quote's article by title and source, as `figures` and `events` do,
// not by a bare document id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { runCli, tempDir } from '../helpers.js';

test('the quotes table names the article', () => {
  const db = join(tempDir(), 'kano.db');
  assert.equal(runCli(['ingest', projectPath('test', 'fixtures', 'ui', 'event-claims'), '--db', db]).status, 0);
  const run = runCli(['quotes', '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  const rows = run.stdout.trimEnd().split('\n').slice(2);
  assert.ok(rows.length > 0, run.stdout);
  for (const r of rows) assert.match(r, /^(Bus bombing in Kano|Kano bus bombing).* \(event-claims\//, r);
});
