// Listings were as wide as their widest cells (docs: 160 columns, events: more), so on an
// 80-column terminal every row wrapped over two or three lines. On a terminal a table is now cut to
// its width; piped output (what scripts read) is never cut, and `show` piped carries no escapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printTable } from '../../src/cli/output.js';
import { ingestedTexts, runCli } from '../helpers.js';

const header = ['id', 'source', 'published', 'words', 'title'];
const rows = [
  ['5f1c0e9a2b7d4c31', 'clippings/2024/november/harbour-strike-portsmouth-union-talks-collapse.html', '2024-11-08', '512', 'Harbour workers walk out in Portsmouth after talks with the port operator collapse'],
  ['0b2e6a8c4d1f9e77', 'notes.txt', '—', '40', 'Short one'],
];

function written(width?: number): string[] {
  let out = '';
  printTable(rows, header, { write: (s: string) => (out += s) }, width);
  return out.trimEnd().split('\n');
}

test('cut to an 80-column terminal: no line wider, the id whole, long text ending in …, a path keeping its file name', () => {
  const lines = written(80);
  for (const line of lines) assert.ok(line.length <= 80, `${line.length}: ${line}`);
  assert.match(lines[2], /^5f1c0e9a2b7d4c31 {2}…\S*apse\.html {2}2024-11-08 {2}512 {4}Harbour workers walk out\S* .*…$/);
  assert.match(lines[3], /Short one$/);
});

test('with no width (piped) nothing is cut', () => {
  const lines = written();
  assert.ok(lines[2].endsWith('Harbour workers walk out in Portsmouth after talks with the port operator collapse'));
  assert.ok(lines[2].length > 120);
});

test('show piped: the title without a bold escape sequence', () => {
  const db = ingestedTexts({ 'ferry.txt': 'Night ferry cancelled\n\nThe night ferry from Oban to Barra was cancelled on Sunday because of high winds, the operator said.\n' });
  const show = runCli(['show', 'ferry', '--db', db]);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /^Night ferry cancelled\nid /);
  assert.ok(!show.stdout.includes('\u001b'));
});
