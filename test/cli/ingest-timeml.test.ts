// chronicle ingest of a folder of TimeML files, end to end: stored, titled and dated from the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { runCli, tempDir } from '../helpers.js';

test('a folder of .tml files ingests; each document has its <TITLE> and its creation date, its text no markup', (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'in', 'TimeBank'), { recursive: true });
  copyFileSync(projectPath('test', 'fixtures', 'read', 'harbour.tml'), join(dir, 'in', 'TimeBank', 'harbour.tml'));
  const db = join(dir, 'c.db');
  const ingest = runCli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const docs = JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ title: string; published: string | null }>;
  assert.deepEqual(docs.map((d) => [d.title, d.published]), [['Harbour board & unions AGREE', '1999-04-12']]);
  const shown = runCli(['show', 'harbour', '--db', db]).stdout;
  assert.match(shown, /dock unions on Sunday\./);
  assert.doesNotMatch(shown, /<EVENT|<TIMEX3|&UR;|&LR;/);
});
