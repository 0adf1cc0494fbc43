// bench search and bench resolve open the database every other command opens: --db, else
// CHRONICLE_DB, else ./chronicle.db; a missing one is an error, never a new empty file. Texts are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingestedTexts, runCli, tempDir } from '../helpers.js';

const texts = {
  'ferry.txt': 'Ferry crews strike in Split\n\nFerry crews in Split stopped work on Friday after talks on pay broke down, the union said.\n',
  'bridge.txt': 'Bridge reopens in Ghent\n\nThe old canal bridge in Ghent reopened to traffic on Tuesday after eight months of repairs.\n',
};

test('bench search and bench resolve read the database CHRONICLE_DB names', () => {
  const db = ingestedTexts(texts);
  const elsewhere = tempDir();
  for (const args of [['bench', 'search', '--queries', '4', '--json'], ['bench', 'resolve', '--json']]) {
    const res = runCli(args, { env: { CHRONICLE_DB: db }, cwd: elsewhere });
    assert.equal(res.status, 0, `${args.join(' ')}: ${res.stderr}`);
    assert.equal((JSON.parse(res.stdout) as { documents: number }).documents, 2, args.join(' '));
  }
  assert.ok(!existsSync(join(elsewhere, 'chronicle.db')), 'no database made in the working folder');
});

test('bench search with CHRONICLE_DB naming no database says so and makes none', () => {
  const missing = join(tempDir(), 'none.db');
  const res = runCli(['bench', 'search', '--json'], { env: { CHRONICLE_DB: missing } });
  assert.equal(res.status, 1);
  assert.match(res.stderr, /no database at .*none\.db/);
  assert.ok(!existsSync(missing));
});
