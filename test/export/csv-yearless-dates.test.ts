// A date without a year goes into a CSV date column in EDTF's form, XXXX-01-28: guarded as a
// cell that starts with "-", ISO's --01-28 read '--01-28 in a spreadsheet, apostrophe and all.
// The EDTF form starts with no formula character and is no date a spreadsheet fills a year into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, csvDate } from '../../src/export/csv.js';
import { disputedEventsCsv } from '../../src/web/lib/disputed-events-csv.js';
import type { EventItem } from '../../src/server/api-types.js';
import { cliCsvOfArticle } from './helpers.js';

test('a yearless date has its year unspecified; a dated one, and anything else, is left as it is', () => {
  assert.equal(csvDate('--03-14'), 'XXXX-03-14');
  assert.equal(csvDate('--11'), 'XXXX-11');
  assert.equal(csvDate('---07'), 'XXXX-XX-07');
  for (const iso of ['2029-03-14', '2029-03', '2029', null, undefined, '']) assert.equal(csvDate(iso), iso);
  // not a date: the formula guard still applies to it
  assert.equal(csvCell(csvDate('--03-14+1')), "'--03-14+1");
  assert.equal(csvCell(csvDate('--03-14')), 'XXXX-03-14');
});

test('the documents CSV writes an article published on a day and month only with its year unspecified', () => {
  const [header, ...rows] = cliCsvOfArticle('pier-notice.txt', 'Pier closed for repairs\n\nLOWESTOFT, March 14 (Harbour Wire) - The harbour board closed the north pier to walkers for a week of repairs, a board member said.\n', 'documents');
  const published = header.indexOf('published');
  const precision = header.indexOf('date_precision');
  assert.equal(rows.length, 1);
  assert.equal(rows[0][precision], 'month-day', 'the dateline gives a day and month, no year');
  assert.equal(rows[0][published], 'XXXX-03-14');
});

test('the claims page’s disputed-events CSV writes a yearless event date with its year unspecified', () => {
  const event = {
    key: 'evt_1', title: 'Flooding in Dunmere', type: 'other', date: { iso: '--09-02', precision: 'month-day' }, place: null, conflicts: [{ field: 'date' }],
    reports: [{ docId: 'd1', docTitle: 'River bursts banks', published: '--09-03', date: { iso: '--09-02', precision: 'month-day' }, place: null, counts: {}, sentence: 'The river burst its banks.' }],
  } as unknown as EventItem;
  const [, row] = disputedEventsCsv([event]).replace(/^\uFEFF/, '').split('\r\n');
  assert.ok(row.startsWith('evt_1,Flooding in Dunmere,other,XXXX-09-02,'), row);
  assert.ok(row.includes(',d1,River bursts banks,XXXX-09-03,'), row);
});

test('the claims page’s disputed-events CSV says whom each report is according to', () => {
  const event = {
    key: 'evt_2', title: 'Fire in Dunmere', type: 'other', date: null, place: null, conflicts: [{ field: 'killed' }],
    reports: [
      { docId: 'd1', docTitle: 'Mill fire', published: '2031-02-01', date: null, place: null, counts: {}, sentence: 'Three died, the Dunmere Fire Service said.', attribution: 'Dunmere Fire Service', attributionText: 'the Dunmere Fire Service', attributionEntity: 'ent_dfs' },
      { docId: 'd2', docTitle: 'Mill blaze', published: '2031-02-02', date: null, place: null, counts: {}, sentence: 'Four died.' },
    ],
  } as unknown as EventItem;
  const [header, first, second] = disputedEventsCsv([event]).replace(/^\uFEFF/, '').split('\r\n');
  assert.ok(header.endsWith(',sentence,according_to,according_to_text,according_to_entity'), header);
  assert.ok(first.endsWith(',Dunmere Fire Service,the Dunmere Fire Service,ent_dfs'), first);
  assert.ok(second.endsWith('Four died.,,,'), second);
});
