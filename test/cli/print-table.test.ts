// A listing's table keeps one row per item even when a cell holds a line break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printTable } from '../../src/cli/output.js';

test('a line break inside a cell is shown as ␊ and does not split the row', () => {
  let written = '';
  printTable([['Ada\nLovelace', 'notes\r\non a line'], ['Grace Hopper', 'plain']], ['name', 'text'], { write: (s: string) => (written += s) });
  const lines = written.trimEnd().split('\n');
  assert.equal(lines.length, 4); // header, rule, two rows
  assert.match(lines[2], /^Ada␊Lovelace\s+notes␊on a line$/);
  assert.match(lines[3], /^Grace Hopper\s+plain$/);
});
