// `chronicle --help` is the first thing a new user reads; eleven of its lines ran past 80
// columns (up to 116) and wrapped mid-word on a standard terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapWords } from '../../src/cli/main.js';
import { runCli } from '../helpers.js';

test('chronicle --help fits 80 columns, a long summary wrapped under itself', () => {
  const res = runCli(['--help']);
  assert.equal(res.status, 0);
  for (const line of res.stdout.split('\n')) assert.ok(line.length <= 80, `${line.length}: ${line}`);
  assert.match(res.stdout, /\n {2}alias {6}Teach Chronicle .*\n {13}\S/);
});

test('wrapWords breaks at spaces and indents the later lines', () => {
  assert.deepEqual(wrapWords('  cmd  one two three four', 14, '    '), ['  cmd  one two', '    three four']);
  assert.deepEqual(wrapWords('short', 80, '  '), ['short']);
});
