// `events --merge` got no "did you mean --merged": the per-document listing parses the line when
// --merged is absent, and it did not know the option its wrapping command takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers.js';

test('a near miss of an option the wrapping command takes is named', () => {
  const typo = runCli(['events', '--merge']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /^chronicle events: unknown option --merge; did you mean --merged\?\n\nUsage: chronicle events/);
  // the listing's own options are still named, and a command without --merged does not offer it
  assert.match(runCli(['events', '--limt', '3']).stderr, /did you mean --limit\?/);
  assert.doesNotMatch(runCli(['figures', '--merge']).stderr, /did you mean/);
});
