// Numeric options answer a bad value with one error that says what is allowed: "--limit -3" was
// first told to write --limit=-3, which was then refused; "--limit ''" meant no limit at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDecimal, parseOptionalPositiveInt, parsePort, parsePositiveInt, parseWholeNumber } from '../../src/cli/args.js';
import { tmpdir } from 'node:os';
import { runCli as runCliHere } from '../helpers.js';

// in a scratch folder, so that a database opened by mistake is not left in the project
const runCli = (args: string[]) => runCliHere(args, { cwd: tmpdir() });

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
};

test('a count takes digits only: no sign, fraction, exponent, hex or blank', () => {
  assert.equal(parsePositiveInt('25', 'top', 5), 25);
  assert.equal(parsePositiveInt(undefined, 'top', 5), 5);
  for (const typed of ['-4', '0', '2.5', '1e2', '0x1f', '', ' 6', 'ten']) {
    assert.equal(refusal(() => parsePositiveInt(typed, 'top', 5)), `--top must be a positive whole number (1, 2, …), got "${typed}"`);
  }
  assert.equal(parseWholeNumber('0', 'skip', 3), 0);
  assert.match(refusal(() => parseWholeNumber('-8', 'skip', 3)), /^--skip must be a whole number, 0 or more, got "-8"$/);
});

test('an optional cap is undefined when not given and refused when given empty or zero', () => {
  assert.equal(parseOptionalPositiveInt(undefined, 'limit'), undefined);
  assert.equal(parseOptionalPositiveInt('40', 'limit'), 40);
  assert.notEqual(refusal(() => parseOptionalPositiveInt('', 'limit')), 'accepted');
  assert.notEqual(refusal(() => parseOptionalPositiveInt('0', 'limit')), 'accepted');
});

test('a port is 0 to 65535, and an empty one is not port 0', () => {
  assert.equal(parsePort('0', 8080), 0);
  assert.equal(parsePort(undefined, 8080), 8080);
  for (const typed of ['', '70000', '-80', '80.5']) assert.equal(refusal(() => parsePort(typed, 8080)), `--port must be a whole number from 0 to 65535, got "${typed}"`);
});

test('a decimal setting says its range', () => {
  assert.equal(parseDecimal('0.25', 'min-weight', 1, { min: 0 }), 0.25);
  assert.equal(parseDecimal('.5', 'min-weight', 1, { min: 0 }), 0.5);
  assert.equal(refusal(() => parseDecimal('-0.1', 'min-weight', 1, { min: 0 })), '--min-weight must be a number 0 or more, got "-0.1"');
  assert.equal(refusal(() => parseDecimal('heavy', 'ratio', 1, { min: 0, max: 1 })), '--ratio must be a number from 0 to 1, got "heavy"');
});

test('listings refuse a negative --limit in one message that says what is allowed', () => {
  for (const cmd of ['events', 'entities', 'docs', 'quotes', 'claims']) {
    const res = runCli([cmd, '--limit', '-3', '--db', 'never-created.db']);
    assert.equal(res.status, 2, `${cmd}: ${res.stderr}`);
    assert.equal(res.stderr.split('\n')[0], `chronicle ${cmd}: --limit must be a positive whole number (1, 2, …), got "-3"`);
    assert.doesNotMatch(res.stderr, /=VALUE/);
  }
  const offset = runCli(['docs', '--offset', '-2', '--db', 'never-created.db']);
  assert.equal(offset.stderr.split('\n')[0], 'chronicle docs: --offset must be a whole number, 0 or more, got "-2"');
  const port = runCli(['serve', '--port', '-1', '--db', 'never-created.db']);
  assert.equal(port.stderr.split('\n')[0], 'chronicle serve: --port must be a whole number from 0 to 65535, got "-1"');
});

test('start checks --port before its ingest, not after it', () => {
  const res = runCli(['start', '--port', 'eighty', '--db', 'never-created.db', '--no-serve']);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /^chronicle start: --port must be a whole number from 0 to 65535, got "eighty"/);
  assert.equal(res.stdout, '');
});

test('eval, bench and train without a name list what they run and exit 0, as chronicle alone does', () => {
  for (const group of ['eval', 'bench', 'train']) {
    const res = runCli([group]);
    assert.equal(res.status, 0, res.stderr);
    assert.equal(res.stdout, runCli(['help', group]).stdout);
  }
  const bare = runCli([]);
  assert.equal(bare.status, 0);
  assert.match(bare.stdout, /^Usage: chronicle <command>/m);
});
