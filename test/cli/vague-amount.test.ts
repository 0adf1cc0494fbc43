// How a vague amount is shown in the web UI and the CLI: the source's words first, the value read
// from them only as a bracketed hint with the bound it is, in words (one wording for the web UI, the
// CLI and the exports: before, the CLI wrote "(≥ 100,000)" where the browser wrote "(at least 12)").
// Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vagueAmount } from '../../src/vague-amount.js';
import { runCli, tempDir } from '../helpers.js';

test('a vague amount is shown in its own words, the value a hint', () => {
  assert.equal(vagueAmount('hundreds of thousands', 'more_than', '100,000'), 'hundreds of thousands (at least 100,000)');
  assert.equal(vagueAmount('Dozens', 'more_than', '12'), 'dozens (at least 12)', 'the words lower-cased, never "more than"');
  // a qualifier the source wrote before the words is part of them; the hint still says the bound
  assert.equal(vagueAmount('up to tens of thousands', 'up_to', '10,000'), 'up to tens of thousands (up to 10,000)');
  assert.equal(vagueAmount('roughly hundreds', 'about', '100 km'), 'roughly hundreds (about 100 km)');
  assert.equal(vagueAmount('scores', 'unknown', '20'), 'scores (20)', 'an unknown qualifier adds no bound');
});

test('figures listing and CSV export: vague amounts in their own words, exact ones as before', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'orchard.txt'), 'Frost hits the orchards\n\nHundreds of thousands of apple trees lost their blossom overnight, growers said. The cooperative said 3,200 workers would be laid off.');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const listing = runCli(['figures', '--db', db]);
  assert.equal(listing.status, 0, listing.stderr);
  assert.match(listing.stdout, /hundreds of thousands \(at least 100,000\)/);
  assert.doesNotMatch(listing.stdout, /(?<!\(at least )100,000/, 'the bound is never shown as if the source had said it');
  assert.match(listing.stdout, /\b3,200\b/, 'an exact figure is shown as before');
  const json = JSON.parse(runCli(['figures', '--db', db, '--json']).stdout) as Array<{ value: number; vagueWords?: string }>;
  assert.deepEqual(json.map((f) => [f.value, f.vagueWords ?? null]), [[100000, 'Hundreds of thousands'], [3200, null]]);
  const csv = join(dir, 'figures.csv');
  assert.equal(runCli(['export', '--format', 'csv', '--type', 'figures', '--out', csv, '--db', db]).status, 0);
  const [header, ...rows] = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
  assert.match(header, /^doc,value,qualifier,what,source,evidence,start,end,text,vague_words,/, 'earlier columns unchanged, the new one after them');
  assert.ok(rows.some((r) => r.includes(',100000,more_than,') && r.includes(',Hundreds of thousands,')), rows.join('\n'));
});
