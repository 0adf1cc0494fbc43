// `chronicle events --merged` names each event's place, as the web UI's titles do ("Attack in
// Kano"), so two events of one kind and day are told apart without --json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { runCli, tempDir } from '../helpers.js';

test('the merged table has a place column', () => {
  const db = join(tempDir(), 'kano.db');
  assert.equal(runCli(['ingest', projectPath('test', 'fixtures', 'ui', 'event-claims'), '--db', db]).status, 0);
  const run = runCli(['events', '--merged', '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  const [header, , ...rows] = run.stdout.trimEnd().split('\n');
  assert.match(header, /^type +title +date +place +sources +conflicts +evidence$/);
  const attack = rows.find((r) => r.startsWith('attack'));
  assert.ok(attack, run.stdout);
  assert.match(attack, /^attack +Attack in Kano +2031-04-09 +Kano +2 +killed: 19 or 31 /);
});
