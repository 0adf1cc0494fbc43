// A claim on an event's toll is headed by the event in words, its date spelled out with or without a year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimTitle } from '../../src/web/lib/claim-links.js';

test('an event toll claim names its date in words, a date without a year too', () => {
  assert.equal(claimTitle({ what: 'killed in the attack in Tarnow (2029-05-03)', event: 'evt_1' }), 'Killed in the attack in Tarnow · 3 May 2029');
  assert.equal(claimTitle({ what: 'injured in the attack in Tarnow (--05-03)', event: 'evt_1' }), 'Injured in the attack in Tarnow · 3 May (year unknown)');
  assert.equal(claimTitle({ what: 'Georgian citizens fighting in Syria (2014)' }), 'Georgian citizens fighting in Syria (2014)');
});
