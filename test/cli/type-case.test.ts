// `entities --type per` was taken, but `events --type Arrest` and `events --type "military
// operation"` were refused as unknown types. A --type value is now read whatever its case, with a
// space or hyphen for the underscore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkType } from '../../src/cli/annotation-listing.js';
import { ingestedTexts, runCli } from '../helpers.js';

test('checkType gives the stored spelling, or refuses with the list', () => {
  const types = ['arrest', 'military_operation'];
  assert.equal(checkType('Arrest', types), 'arrest');
  assert.equal(checkType('military operation', types), 'military_operation');
  assert.equal(checkType('Military-Operation', types), 'military_operation');
  assert.equal(checkType(undefined, types), undefined);
  assert.throws(() => checkType('arrests', types), /--type "arrests" is not an event type; use one of: arrest, military_operation/);
});

test('events --type ARREST lists the arrests', () => {
  const db = ingestedTexts({ 'raid.txt': 'Two held after raid\n\nPolice arrested two men in Dunmore on Tuesday after a raid on a warehouse, officers said.\n' });
  const res = runCli(['events', '--type', 'ARREST', '--db', db, '--json']);
  assert.equal(res.status, 0, res.stderr);
  const events = JSON.parse(res.stdout) as { type: string }[];
  assert.ok(events.length > 0 && events.every((e) => e.type === 'arrest'), res.stdout);
});
