// Articles read from one file of many (a JSON Lines dump, a Reuters SGML file) are told apart in a
// listing: the short source keeps the record's number ("dump.jsonl#2"), where every row read
// "news/dump.jsonl" and none could be found again from the listing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { sourceLabel } from '../../src/outlet.js';

test('a record of a bundle keeps its number; a file, a page and an upload are as before', () => {
  assert.equal(sourceLabel(`${resolve('wires', 'reut2-004.sgm')}#3127`), 'wires/reut2-004.sgm#3127');
  assert.equal(sourceLabel('stdin#pier-7'), 'stdin#pier-7');
  assert.equal(sourceLabel(resolve('desk', 'ports', 'gdansk.txt')), 'ports/gdansk.txt');
  assert.equal(sourceLabel('https://news.example.org/a/b.html#comments'), 'news.example.org');
  assert.equal(sourceLabel('upload:notes.txt'), 'notes.txt');
});

test('chronicle docs tells two articles of one dump apart', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'dump.jsonl'), [
    { title: 'Ferry timetable changes', text: 'Ferries between Split and Hvar will run twice a day from Monday, the operator said.' },
    { title: 'Library extends hours', text: 'The central library in Tartu will stay open until nine on weekdays, the city said on Friday.' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'news'), '--db', db]).status, 0);
  const rows = runCli(['docs', '--db', db]).stdout.split('\n').filter((l) => l.includes('dump.jsonl'));
  assert.equal(rows.length, 2, rows.join('\n'));
  const labels = rows.map((l) => /news\/dump\.jsonl#\d+/.exec(l)?.[0]);
  assert.ok(labels.every(Boolean), rows.join('\n'));
  assert.notEqual(labels[0], labels[1]);
});
