// A yearless ISO date (--MM-DD, --MM, ---DD) starts with "-", so the spreadsheet-formula guard
// wrote it as '--01-28. It is digits and dashes only, nothing a spreadsheet can call: it goes out
// as the date. Every other cell starting with "-", "=", "+" or "@" keeps the guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell } from '../../src/export/csv.js';
import { parseCsv } from './helpers.js';
import { runCli, tempDir } from '../helpers.js';

test('a whole partial date is written unguarded', () => {
  assert.equal(csvCell('--01-28'), '--01-28');
  assert.equal(csvCell('--12'), '--12');
  assert.equal(csvCell('---09'), '---09');
});

test('anything else starting with a dash keeps the guard, a date-like start included', () => {
  for (const cell of ['-1', '--', '--13', '--00-10', '--01-32', '--1-28', '--01-28x', '--01-28+1', '--01-28;=A1', '---', '---32', '-- 01', '-2+3'])
    assert.equal(csvCell(cell), `'${cell}`, cell);
  assert.equal(csvCell('=--01-28'), "'=--01-28");
});

test('the events CSV of an article dated only by day and month carries the date as written', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'ferry-check.txt'), 'Customs stop a lorry\n\nCustoms officers in Narva detained a lorry driver on January 28, a spokesman said.\n');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const out = join(dir, 'events.csv');
  const res = runCli(['export', '--format', 'csv', '--type', 'events', '--out', out, '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
  const date = header.indexOf('date');
  assert.deepEqual(rows.map((r) => r[date]), ['--01-28']);
});
