// A listing piped into `head` must end quietly when head stops reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cliPath } from '../helpers.js';

test('output cut short by a closed pipe ends without an EPIPE stack trace', () => {
  // Far more than a pipe's 64 KiB buffer, so the CLI is still writing when head exits.
  const text = 'The committee met in the old town hall on a wet afternoon. '.repeat(400);
  const res = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" parse - | head -c 100 > /dev/null`], {
    input: text,
    encoding: 'utf8',
  });
  assert.equal(res.status, 0);
  assert.doesNotMatch(res.stderr, /EPIPE|Unhandled 'error' event/);
});
