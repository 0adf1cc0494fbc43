// File names a hostile folder may hold (a newline, an escape sequence, a JSON error quoting the bad
// line): the ingest summary keeps one line per failure and obeys no escape sequence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { failureLine, oneLine } from '../../src/cli/output.js';

test('oneLine writes line breaks and control characters visibly; failureLine uses it for path and reason', () => {
  assert.equal(oneLine('in/bad\nname.txt'), 'in/bad\u240aname.txt');
  assert.equal(oneLine('in/evil\u001b[2Jname.html'), 'in/evil\u241b[2Jname.html');
  assert.equal(oneLine('plain/ünïcödé name.txt'), 'plain/ünïcödé name.txt');
  assert.equal(failureLine({ input: 'a\rb.txt', error: 'invalid JSON ("\u001b]0;x\u0007")' }), '  ✗ a\u240db.txt: invalid JSON ("\u241b]0;x\u2407")');
});

test('ingest: a failing file named with a newline or an escape sequence is one visible line of the summary', () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'bad\nname.txt'), '');
  writeFileSync(join(folder, 'evil\u001b[31mred.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(folder, 'scan\u001b[2J.pdf'), '%PDF-1.4\n');
  writeFileSync(join(folder, 'rows.jsonl'), '{"title": "Lock\u001b[8m\n');
  writeFileSync(join(folder, 'ferry.txt'), 'Ferry strike\n\nFerry crews in Split stopped work on Friday, the union said.\n');
  const res = runCli(['ingest', folder, '--db', join(dir, 'k.db')]);
  assert.equal(res.status, 3, res.stderr); // some inputs failed, the rest were read
  assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(res.stdout + res.stderr), JSON.stringify(res.stdout + res.stderr));
  const failures = res.stderr.split('\n').filter((l) => l.startsWith('  ✗'));
  assert.equal(failures.length, 3, res.stderr);
  assert.ok(failures.some((l) => l.includes('bad\u240aname.txt: empty file')), res.stderr);
  assert.ok(failures.some((l) => l.includes('evil\u241b[31mred.html: binary file')), res.stderr);
  assert.ok(failures.some((l) => l.includes('rows.jsonl line 1')), res.stderr);
  assert.ok(res.stdout.includes('scan\u241b[2J.pdf'), res.stdout);
});

test('docs and show: a stored file named with a newline keeps one table row and one source line', () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'two\nlines.txt'), 'Ferry strike\n\nFerry crews in Split stopped work on Friday, the union said.\n');
  writeFileSync(join(folder, 'plain.txt'), 'Bridge closed\n\nEngineers closed the old bridge in Mostar on Monday after finding a crack.\n');
  const db = join(dir, 'k.db');
  assert.equal(runCli(['ingest', folder, '--db', db]).status, 0);
  const docs = runCli(['docs', '--db', db]);
  assert.equal(docs.status, 0, docs.stderr);
  const rows = docs.stdout.trimEnd().split('\n');
  assert.equal(rows.length, 4, docs.stdout); // header, rule, two documents
  assert.ok(rows.some((r) => r.includes('in/two\u240alines.txt') && r.includes('Ferry strike')), docs.stdout);
  const ferry = (JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as Array<{ id: string; title: string }>).find((d) => d.title === 'Ferry strike');
  assert.ok(ferry, docs.stdout);
  const source = runCli(['show', '--db', db, ferry.id]);
  assert.equal(source.status, 0, source.stderr);
  assert.match(source.stdout, /^source .*\/in\/two\u240alines\.txt$/m);
});
