// `show` counted a document's figures and quotes ("4 figures, 6 quotes") and listed neither: a
// line for each now, with who says it as `chronicle figures` and `chronicle quotes` name them, and
// a quote's words without the comma before its cue. Made-up article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('show lists the figures and quotes it counts, each with its source', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const db = join(dir, 'kb.db');
  const file = join(dir, 'orchard.txt');
  writeFileSync(file,
    'Frost hits orchards\n\n' +
    'A late frost destroyed about 300 hectares of apple orchards near Valbrenne, the regional farmers union said on Tuesday.\n\n' +
    '"We lost a whole season in one night," said Marthe Olsberg, who grows apples near the town.\n');
  const ingest = runCli(['ingest', '--db', db, file]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const shown = runCli(['show', '--db', db, 'orchard']);
  assert.equal(shown.status, 0, shown.stderr);
  const lines = shown.stdout.split('\n');
  const figure = lines.find((l) => l.startsWith('figure '));
  assert.match(figure ?? '', /^figure about 300 hectares — .*orchards/, shown.stdout);
  assert.match(figure ?? '', /\(according to .*farmers union.*\)$/, shown.stdout);
  const quote = lines.find((l) => l.startsWith('quote direct '));
  assert.equal(quote, 'quote direct Marthe Olsberg: “We lost a whole season in one night”', shown.stdout);
});
