import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TABLES } from '../../src/export/tables/index.js';
import { runCli } from '../helpers.js';

test('export --help says how a span cites its words, that ftm ids stay the same, and the columns of every CSV table', () => {
  const help = runCli(['export', '--help']).stdout.replace(/\s+/g, ' ');
  assert.match(help, /text\.slice\(start, end\) is the cited words/);
  assert.match(help, /Ids are a hash of Chronicle's ids, the same in every export/);
  assert.match(help, /one table per file/);
  for (const type of ['quotes', 'claims', 'documents'] as const) assert.ok(help.includes(`${type}: ${TABLES[type].columns.join(', ')}`), type);
});

test('export --help keeps a yearless date inside its paragraph, not read as an option line of its own', () => {
  // the help's rewrapping keeps a line that starts with "--" on its own, as it does an option
  const lines = runCli(['export', '--help']).stdout.split('\n');
  assert.ok(lines.some((l) => l.includes('as arithmetic')));
  assert.ok(!lines.some((l) => /^\s+--01-28/.test(l)), lines.filter((l) => l.includes('01-28')).join('\n'));
});
