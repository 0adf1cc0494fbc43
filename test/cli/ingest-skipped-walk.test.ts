// The skipped files ingest names are the ones its own folder walk left out for their kind: not the
// folder's LICENSE or NOTICE (left out on purpose), and the articles in a "source/" folder are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('ingest reads a source/ folder and names only the files of other kinds as skipped', () => {
  const dir = tempDir();
  const input = join(dir, 'clippings');
  mkdirSync(join(input, 'source'), { recursive: true });
  writeFileSync(join(input, 'bridge.txt'), 'Bridge closes for repairs\n\nThe old river bridge in Ghent will close for three weeks of repairs from Monday, the city said.');
  writeFileSync(join(input, 'source', 'library.txt'), 'Library extends its hours\n\nThe central library in Aarhus will open until ten in the evening from next month, its director said on Friday.');
  writeFileSync(join(input, 'source', 'minutes.pdf'), '%PDF-1.4');
  writeFileSync(join(input, 'LICENSE'), 'All rights reserved.');
  writeFileSync(join(input, 'NOTICE'), 'Collected for research.');
  const res = runCli(['ingest', input, '--db', join(dir, 'c.db'), '--json']);
  assert.equal(res.status, 0, res.stderr);
  const json = JSON.parse(res.stdout) as { ingested: number; failed: unknown[]; skipped: Array<{ kind: string; files: string[] }> };
  assert.equal(json.ingested, 2);
  assert.deepEqual(json.failed, []);
  assert.deepEqual(json.skipped.map((k) => [k.kind, k.files.length]), [['.pdf', 1]]);
  assert.ok(json.skipped[0].files[0].endsWith('minutes.pdf'));
});
