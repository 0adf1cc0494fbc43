// Narrowing the claims listing by counted thing, source and article, and ordering it by how far the
// values lie apart: case and accents aside, every filter given must hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesClaimFilter, sortClaims, valueSpread } from '../../src/server/claim-filters.js';
import type { ClaimRecord } from '../../src/server/corpus-view.js';

// as claimWords keeps them: folded to lower case without accents
const words = { what: 'tonnes of grain shipped from odesa', said: ['port authority', 'ministere de l’agriculture'], articles: ['grain corridor reopens', 'doc-17'] };

test('each filter is a substring of its own words, blind to case and accents', () => {
  assert.equal(matchesClaimFilter(words, { what: 'Grain' }), true);
  assert.equal(matchesClaimFilter(words, { said: 'Ministère' }), true);
  assert.equal(matchesClaimFilter(words, { article: 'doc-17' }), true);
  // the counted thing is not searched for a source's words
  assert.equal(matchesClaimFilter(words, { what: 'port authority' }), false);
});

test('filters given together must all hold', () => {
  assert.equal(matchesClaimFilter(words, { what: 'grain', said: 'port' }), true);
  assert.equal(matchesClaimFilter(words, { what: 'grain', said: 'coast guard' }), false);
  assert.equal(matchesClaimFilter(words, {}), true);
});

test('the spread of values is the largest over the smallest, and agreeing values spread 1', () => {
  assert.equal(valueSpread([40, 10, 20]), 4);
  assert.equal(valueSpread([7, 7]), 1);
  assert.equal(valueSpread([3]), 1);
  // a zero cannot divide: the difference counts
  assert.equal(valueSpread([0, 5]), 6);
});

test('claims sort by widest disagreement, by most figures or by counted thing; as grouped by default', () => {
  const claim = (what: string, values: number[], figures: number): ClaimRecord => ({ key: what, what, relation: 'estimates', disputed: true, reason: '', values, figures: Array.from({ length: figures }, (_, i) => [`d${i}`, i] as [string, number]) });
  const claims = [claim('ferries cancelled', [3, 4], 5), claim('bridges closed', [2, 9], 2), claim('schools shut', [10, 12], 3)];
  assert.deepEqual(sortClaims(claims, 'spread').map((c) => c.what), ['bridges closed', 'ferries cancelled', 'schools shut']);
  assert.deepEqual(sortClaims(claims, 'figures').map((c) => c.what), ['ferries cancelled', 'schools shut', 'bridges closed']);
  assert.deepEqual(sortClaims(claims, 'what').map((c) => c.what), ['bridges closed', 'ferries cancelled', 'schools shut']);
  assert.equal(sortClaims(claims, 'default'), claims);
});
