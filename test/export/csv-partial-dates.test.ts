// A yearless ISO date (--MM-DD, --MM, ---DD) starts with "-", and Excel reads a cell starting
// with "-" as arithmetic when it opens a CSV (--01-28 would show as -27). So it is guarded like
// every other cell starting with "-", "=", "+" or "@": written '--01-28, which Excel reads as
// text (the apostrophe may show). (An earlier session wrote it unguarded; the date column's
// meaning was lost in Excel.) A date column writes it in EDTF's form instead, XXXX-01-28, which
// needs no guard and shows no apostrophe (csv-yearless-dates.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell } from '../../src/export/csv.js';
import { cliCsvOfArticle } from './helpers.js';

test('a yearless date is guarded like any cell starting with a dash', () => {
  for (const cell of ['--01-28', '--12', '---09', '-1', '--', '--01-28;=A1', '-2+3']) assert.equal(csvCell(cell).replace(/^"|"$/g, ''), `'${cell}`, cell);
  assert.equal(csvCell('=--01-28'), "'=--01-28");
});

test('the events CSV of an article dated only by day and month carries the date, with its year unspecified', () => {
  const [header, ...rows] = cliCsvOfArticle('ferry-check.txt', 'Customs stop a lorry\n\nCustoms officers in Narva detained a lorry driver on January 28, a spokesman said.\n', 'events');
  const date = header.indexOf('date');
  assert.deepEqual(rows.map((r) => r[date]), ['XXXX-01-28']);
});
