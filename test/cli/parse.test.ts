// chronicle parse and show --syntax as a user runs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('parse prints each sentence as CoNLL-U and as an indented tree', () => {
  const r = runCli(['parse', 'The ferry left port late. Passengers waited for hours.']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
  assert.deepEqual(rows.map((c) => c[1]), ['The', 'ferry', 'left', 'port', 'late', '.', 'Passengers', 'waited', 'for', 'hours', '.']);
  assert.ok(rows.every((c) => c.length === 10));
  assert.equal(rows.filter((c) => c[6] === '0').length, 2, 'one root per sentence');
  assert.match(r.stdout, /# text = Passengers waited for hours\./);
  assert.match(r.stdout, /Span=0-3/);
  // the tree: the root unindented, its dependents indented under it
  assert.match(r.stdout, /^left {2}VERB root/m);
  assert.match(r.stdout, /^ {2}ferry {2}NOUN nsubj/m);
});

test('parse --json gives words with offsets and global heads', () => {
  const r = runCli(['parse', '--json', 'Rain fell. Roads flooded.']);
  assert.equal(r.status, 0, r.stderr);
  const syntax = JSON.parse(r.stdout) as { words: Array<{ text: string; start: number; head: number }>; sentenceWordStart: number[] };
  assert.deepEqual(syntax.sentenceWordStart, [0, 3, 6]);
  assert.equal(syntax.words[4].text, 'flooded');
  assert.equal(syntax.words[4].start, 17);
  assert.equal(syntax.words[3].head, 4);
});

test('show --syntax parses a stored document', () => {
  const dir = tempDir();
  const db = join(dir, 'c.db');
  writeFileSync(join(dir, 'harbour.txt'), 'Harbour closed\n\nThe harbour was closed by the coastguard on Friday after a storm damaged the pier.');
  assert.equal(runCli(['ingest', join(dir, 'harbour.txt'), '--db', db]).status, 0);
  const r = runCli(['show', 'harbour', '--syntax', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\tcoastguard\tcoastguard\tNOUN\t_\t_\t\d+\tobl:agent\t/);
});
