// The words of the map panel's counts, made-up numbers: a verb that agrees with its count, and the
// events placed by inference from their article said apart from those stated there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCountsLine, inferredLine } from '../../src/web/lib/place-counts.js';

test("a country's line agrees with its counts and says which events are only set there", () => {
  assert.equal(countryCountsLine('Chile', { documentCount: 1, eventCount: 2 }), '1 article names Chile; 2 events happened there.');
  assert.equal(countryCountsLine('Chile', { documentCount: 3, eventCount: 1, inferredEventCount: 1 }), '3 articles name Chile; 1 event happened there. It is placed there by inference from its article, not as stated.');
  assert.equal(countryCountsLine('Peru', { documentCount: 1, eventCount: 4, inferredEventCount: 4 }), '1 article names Peru; 4 events happened there. All 4 are placed there by inference from their article, not as stated.');
});

test('a place whose events are stated there says nothing more; some set there are counted', () => {
  assert.equal(inferredLine({ documentCount: 2, eventCount: 5 }, 'here'), '');
  assert.equal(inferredLine({ documentCount: 2, eventCount: 5, inferredEventCount: 1 }, 'here'), '1 of them is placed here by inference from its article, not as stated.');
  assert.equal(inferredLine({ documentCount: 2, eventCount: 5, inferredEventCount: 3 }, 'here'), '3 of them are placed here by inference from their article, not as stated.');
});
