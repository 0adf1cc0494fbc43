// `chronicle quotes --speaker NAME` with no match said only "No quotes found.", so a reader could
// not tell a misspelt name from a person never quoted. It now names the filter and how names match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('no quote by that speaker: the name is repeated and the matching explained', () => {
  const dir = tempDir();
  const file = join(dir, 'pier.txt');
  writeFileSync(file, 'Pier reopens\n\n"We are delighted to welcome visitors back," said Maria Lindqvist, the harbour master, on Saturday.\n');
  const db = join(dir, 'k.db');
  assert.equal(runCli(['ingest', file, '--db', db]).status, 0);
  const res = runCli(['quotes', '--speaker', 'Lindkvist', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /^No quotes by "Lindkvist"\.\nA speaker is matched by a whole name or alias/);
  const typed = runCli(['quotes', '--type', 'indirect', '--doc', 'pier', '--db', db]);
  assert.equal(typed.stdout, 'No indirect quotes in "pier".\n');
});
