// How option mistakes read: the option as typed, a near miss only when it is one, and a value that
// starts with a dash told how to write it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFlags } from '../../src/cli/args.js';

const options = { db: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' } } as const;
const problem = (argv: string[]): string => {
  try {
    parseFlags(argv, options);
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
};

test('an unknown long option is named as typed, even when a known option on the line starts with it', () => {
  assert.equal(problem(['--db', 'x.db', '--d']), 'unknown option --d; did you mean --db?');
  assert.equal(problem(['--limit', '3', '--lim']), 'unknown option --lim; did you mean --limit?');
});

test('a value starting with a dash says how to write it, not that it is missing', () => {
  assert.match(problem(['--db', '-scratch.db']), /--db's value starts with "-": write it as --db=VALUE/);
  assert.equal(problem(['--offset']), '--offset needs a value');
});

test('a negative number after an option is its value, so the option\'s own check answers (no advice to write --offset=VALUE)', () => {
  assert.equal(problem(['--offset', '-1']), 'no error');
  assert.deepEqual({ ...parseFlags(['--limit', '-12', '--offset', '-.5'], options).values }, { limit: '-12', offset: '-.5' });
  // after a lone --, a negative number is text, as typed
  assert.deepEqual(parseFlags(['--limit', '4', '--', '-7'], options).positionals, ['-7']);
});
