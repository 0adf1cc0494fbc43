// A mistyped command ("serch") said only that it was unknown, though a mistyped option names the
// nearest one; and `chronicle help search` printed the list of commands, not search's help. The
// nearest command is now named, and `help COMMAND` is that command's --help.
// `--version` was refused as an unknown command too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers.js';

test('a mistyped command names the nearest one', () => {
  const typo = runCli(['serch', 'harbour']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /^chronicle: unknown command "serch"; did you mean `chronicle search`\? Run `chronicle --help` for the list\.\n$/);
  assert.match(runCli(['qoutes']).stderr, /did you mean `chronicle quotes`\?/);
  const far = runCli(['frobnicate']);
  assert.equal(far.status, 2);
  assert.match(far.stderr, /^chronicle: unknown command "frobnicate"\. Run `chronicle --help` for the list\.\n$/);
});

test('`chronicle help COMMAND` prints that command’s help', () => {
  const help = runCli(['help', 'search']);
  assert.equal(help.status, 0, help.stderr);
  assert.equal(help.stdout, runCli(['search', '--help']).stdout);
  assert.match(help.stdout, /^Usage: chronicle search /);
  assert.equal(runCli(['help', 'serch']).status, 2, 'an unknown one is refused as a mistyped command is');
});

test('`chronicle --version` prints the version, not "unknown command"', () => {
  for (const flag of ['--version', '-V']) {
    const res = runCli([flag]);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /^chronicle \d+\.\d+\.\d+\n$/);
  }
});
