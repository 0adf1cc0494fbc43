// The figures CSV carried a figure's value without its unit: 12 million euros and 300 kg were
// 12000000 and 300. Its unit and change (up, down, none) are now the last two columns, after
// every earlier one, so readers of the columns by position are not broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './helpers.js';
import { runCli, tempDir } from '../helpers.js';

test('the figures CSV gives each figure its unit and change, in columns after the earlier ones', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'cheese-deal.txt'), 'Dairy sells cheese abroad\n\nThe dairy cooperative sold 450 kg of cheese to a buyer in Riga for 9 million euros, its chairman said.\n');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const out = join(dir, 'figures.csv');
  const res = runCli(['export', '--format', 'csv', '--type', 'figures', '--out', out, '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
  assert.deepEqual(header, ['doc', 'value', 'qualifier', 'what', 'source', 'evidence', 'start', 'end', 'text', 'vague_words', 'unit', 'change']);
  const byText = new Map(rows.map((r) => [r[header.indexOf('text')], r]));
  assert.deepEqual(['value', 'unit', 'change'].map((c) => byText.get('450 kg')?.[header.indexOf(c)]), ['450', 'kg', 'none'], JSON.stringify(rows));
  assert.deepEqual(['value', 'unit', 'change'].map((c) => byText.get('9 million euros')?.[header.indexOf(c)]), ['9000000', 'EUR', 'none'], JSON.stringify(rows));
});

test('export --help lists the figures CSV columns that carry the unit', () => {
  assert.match(runCli(['export', '--help']).stdout, /figures: doc, value, .*vague_words,\s+unit \(.*\) and change \(up, down, none\)/s);
});
