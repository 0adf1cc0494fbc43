// A folder with files of kinds Chronicle does not read (a .pdf, a .docx): the articles beside them
// are ingested, and the summary says which files were skipped, by kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ofOtherKinds, skippedKinds, skippedLine } from '../../src/cli/skipped-files.js';
import { readInputs } from '../../src/pipeline/read/index.js';
import { runCli, tempDir } from '../helpers.js';

function folder(withArticle: boolean): string {
  const dir = tempDir();
  const input = join(dir, 'in');
  mkdirSync(join(input, 'reports', '.cache'), { recursive: true });
  if (withArticle) writeFileSync(join(input, 'ferry.txt'), 'Ferry strike ends\n\nFerry crews in Split returned to work on Monday after a two-day strike.');
  writeFileSync(join(input, 'annual.pdf'), '%PDF-1.4 not an article');
  writeFileSync(join(input, 'reports', 'q1.PDF'), '%PDF-1.4');
  writeFileSync(join(input, 'reports', 'memo.docx'), 'PK');
  writeFileSync(join(input, 'reports', '.cache', 'x.bin'), 'hidden');
  return input;
}

test('the unreadable files under a folder, by kind, most frequent first; hidden entries aside', async () => {
  const left: string[] = [];
  for await (const r of readInputs([folder(true)], { onSkipped: ofOtherKinds(left) })) assert.ok(r.ok);
  const skipped = skippedKinds(left);
  assert.deepEqual(skipped.map((k) => [k.kind, k.files.length]), [['.pdf', 2], ['.docx', 1]]);
  assert.equal(skippedLine(skipped), '3 files skipped, of kinds Chronicle does not read: 2 .pdf, 1 .docx');
  assert.equal(skippedLine([]), null);
});

test('ingest names the skipped files in its summary and --json, and still reads the article', () => {
  const input = folder(true);
  const db = join(input, '..', 'c.db');
  const res = runCli(['ingest', input, '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /^1 ingested/m);
  assert.match(res.stdout, /^3 files skipped, of kinds Chronicle does not read: 2 \.pdf, 1 \.docx$/m);
  assert.match(res.stdout, /annual\.pdf/);
  const json = JSON.parse(runCli(['ingest', input, '--db', db, '--json']).stdout) as { unchanged: number; skipped: Array<{ kind: string; files: string[] }> };
  assert.equal(json.unchanged, 1);
  assert.deepEqual(json.skipped.map((k) => k.kind), ['.pdf', '.docx']);
  assert.ok(json.skipped[0].files.some((f) => f.endsWith('q1.PDF')));
});

test('a folder of PDFs alone: nothing to read, and the PDFs are named', () => {
  const input = folder(false);
  const res = runCli(['ingest', input, '--db', join(input, '..', 'c.db')]);
  assert.equal(res.status, 1);
  assert.match(res.stderr, /Nothing to read/);
  assert.match(res.stderr, /3 files skipped, of kinds Chronicle does not read: 2 \.pdf, 1 \.docx/);
});
