// `export --doc NAME` finds a document as `show` and `--doc` elsewhere do: a name that fits several
// is refused with the candidates, never one of them picked; a path's end picks one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines } from './helpers.js';
import { runCli, tempDir } from '../helpers.js';

test('export --doc refuses a name two documents share, naming both, and takes the end of a path', () => {
  const dir = tempDir();
  for (const [folder, text] of [
    ['north', 'Bridge reopens\n\nThe old bridge over the river reopened to traffic on Friday after two years of repairs, the council said.\n'],
    ['south', 'Library closes early\n\nThe town library closed early on Saturday because of a burst pipe, staff said.\n'],
  ]) {
    mkdirSync(join(dir, 'in', folder), { recursive: true });
    writeFileSync(join(dir, 'in', folder, 'story.txt'), text);
  }
  const db = join(dir, 'kb.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);

  const both = runCli(['export', '--format', 'jsonl', '--out', '-', '--doc', 'story', '--db', db]);
  assert.equal(both.status, 2, both.stdout);
  assert.match(both.stderr, /"story" names 2 documents/);
  assert.match(both.stderr, /north.*\n.*south|south.*\n.*north/);
  assert.equal(both.stdout, '');

  const one = runCli(['export', '--format', 'jsonl', '--out', '-', '--doc', 'south/story.txt', '--db', db]);
  assert.equal(one.status, 0, one.stderr);
  assert.deepEqual(jsonLines(one.stdout).map((d) => d.title), ['Library closes early']);
});
