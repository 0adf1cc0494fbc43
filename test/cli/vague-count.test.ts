// A vague event count in the CLI and the CSV export: the source's words first, the value read from
// them only as a hint ("dozens (at least 12) killed", as the browser words it); exact counts as before. Sentences written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countAmount } from '../../src/vague-amount.js';
import { runCli, tempDir } from '../helpers.js';

test('an event count in a listing: vague in its words, exact with its bound in words as the browser writes it', () => {
  assert.equal(countAmount('killed', { value: 12, qualifier: 'more_than', vagueWords: 'Dozens' }), 'dozens (at least 12) killed');
  assert.equal(countAmount('arrested', { value: 1500, qualifier: 'at_least' }), 'at least 1,500 arrested');
  assert.equal(countAmount('injured', { value: 7, qualifier: 'exact' }), '7 injured');
});

test('events listing and CSV export: a vague count in its own words', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'dam.txt'), 'Dam burst floods valley villages\n\nDozens of villagers were killed when the dam above Tarvik burst on Tuesday night, regional officials said.');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const listing = runCli(['events', '--db', db]);
  assert.equal(listing.status, 0, listing.stderr);
  assert.match(listing.stdout, /dozens \(at least 12\) killed/, listing.stdout);
  const merged = JSON.parse(runCli(['events', '--merged', '--db', db, '--json']).stdout) as Array<{ counts: Array<{ value: { key: string; value: number; vagueWords?: string } }> }>;
  assert.deepEqual(merged.flatMap((e) => e.counts.map((c) => [c.value.key, c.value.value, c.value.vagueWords])), [['killed', 12, 'Dozens']]);
  const csv = join(dir, 'events.csv');
  assert.equal(runCli(['export', '--format', 'csv', '--type', 'events', '--out', csv, '--db', db]).status, 0);
  const [header, ...rows] = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
  assert.match(header, /,killed,injured,detained,arrested,prosecuted,source_count,sources,evidence,count_words,/, 'earlier columns unchanged, the new ones after');
  assert.ok(rows.some((r) => r.includes(',killed: Dozens,')), rows.join('\n'));
});
