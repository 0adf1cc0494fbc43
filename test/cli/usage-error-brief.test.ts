// A mistake on the command line printed the command's whole help after the message: for export
// that is 50 lines, and the one line saying what was wrong scrolled off the screen. Now the message
// is followed by the synopsis and where the rest is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers.js';

test('a bad --format: the message, the synopsis and a pointer to --help, on a screenful', () => {
  const res = runCli(['export', '--format', 'xml', '--out', '-']);
  assert.equal(res.status, 2);
  const lines = res.stderr.trimEnd().split('\n');
  assert.equal(lines[0], 'chronicle export: --format must be one of jsonl, csv, ftm, graphml');
  assert.match(lines[2], /^Usage: chronicle export --format/);
  assert.equal(lines.at(-1), 'Run `chronicle export --help` for every option.');
  assert.ok(lines.length <= 6, res.stderr);
});

test('a synopsis of several lines (alias add/remove/list) is kept whole', () => {
  const res = runCli(['alias']);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /Usage: chronicle alias add .*\n(?: +\[.*\n)?\s+chronicle alias remove .*\n(?: +\[.*\n)?\s+chronicle alias list .*\nRun `chronicle alias --help`/);
});

test('the full help is still there with --help', () => {
  assert.match(runCli(['export', '--help']).stdout, /Options:\n {2}--out PATH/);
});

test("a subcommand's mistake names the subcommand and shows its synopsis, not the group's", () => {
  const res = runCli(['eval', 'gold', '--bogus']);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /^chronicle eval gold: unknown option --bogus/);
  assert.match(res.stderr, /\n\nUsage: chronicle eval gold --gold FILE --corpus DIR/);
  assert.match(res.stderr, /Run `chronicle eval gold --help` for every option\.\n$/);
  assert.doesNotMatch(res.stderr, /chronicle eval <name>/);
  // the group's own mistake is still the group's
  const unknown = runCli(['eval', 'nothing-such']);
  assert.match(unknown.stderr, /^chronicle eval: unknown eval "nothing-such"/);
});

test('a subcommand run without the options it needs names them in one line, then its synopsis (eval gold printed its whole help)', () => {
  const bare = runCli(['eval', 'gold']);
  assert.equal(bare.status, 2);
  const lines = bare.stderr.trimEnd().split('\n');
  assert.equal(lines[0], 'chronicle eval gold: missing --gold FILE and --corpus DIR');
  assert.match(lines[2], /^Usage: chronicle eval gold --gold FILE --corpus DIR/);
  assert.equal(lines.at(-1), 'Run `chronicle eval gold --help` for every option.');
  assert.ok(lines.length <= 6, bare.stderr);
  assert.equal(bare.stdout, '');
  const half = runCli(['eval', 'gold', '--gold', 'gold.json']);
  assert.equal(half.status, 2);
  assert.equal(half.stderr.split('\n')[0], 'chronicle eval gold: missing --corpus DIR');
  const time = runCli(['eval', 'time']);
  assert.equal(time.status, 2);
  assert.equal(time.stderr.split('\n')[0], 'chronicle eval time: missing --timeml DIR');
  assert.ok(time.stderr.trimEnd().split('\n').length <= 6, time.stderr);
});
