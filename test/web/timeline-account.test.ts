// The timeline's header accounts for every event the library counts: drawn, unplaced, and those not
// drawn because the articles report them as planned or threatened, only a possibility, denied, or
// said not to have happened: the status words of src/event-status-words.ts, as the CLI and event pages say them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { account } from '../../src/web/lib/timeline-account.js';
import { eventStatusWords, OFF_TIMELINE_STATUSES } from '../../src/event-status-words.js';

test('the timeline header says where the library’s other events went', () => {
  assert.equal(account(25, 10, 12, false), ', of the 25 events found; 12 cannot be placed (listed below) and 3 are planned or threatened, only a possibility, denied, or said not to have happened (on their event pages)');
  assert.equal(account(11, 10, 0, false), ', of the 11 events found; 1 is planned or threatened, only a possibility, denied, or said not to have happened (on its event page)');
  assert.equal(account(14, 10, 4, false), ', of the 14 events found; 4 cannot be placed (listed below)');
});

test('nothing is added where the counts are all on the timeline, filtered, or do not add up', () => {
  assert.equal(account(10, 10, 0, false), '');
  assert.equal(account(25, 3, 2, true), '');
  assert.equal(account(5, 3, 4, false), '');
});

test('the statuses left off the timeline are named in the words every view gives them', () => {
  // Before: "planned, hypothetical, denied or negated", the extraction's terms, beside "only a
  // possibility" and "said not to have happened" on the event pages.
  const text = account(30, 10, 0, false);
  for (const status of OFF_TIMELINE_STATUSES) assert.ok(text.includes(eventStatusWords(status)), `${status}: ${text}`);
  assert.doesNotMatch(text, /hypothetical|negated/);
});
