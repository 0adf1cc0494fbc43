// A law's long title is one name. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { joinLawNames } from '../../../src/pipeline/entities/law-names.js';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a span stopping short of "Act" takes it in, and with the head noun becomes a work', () => {
  const text = 'Fines rose under the Coastal Fisheries, Licensing and Quotas Act of 1994.';
  const out = repairByHeadNoun(text, joinLawNames(text, [at(text, 'Coastal Fisheries, Licensing and Quotas', 'ORG')]));
  assert.deepEqual(shown(out), ['MISC:Coastal Fisheries, Licensing and Quotas Act']);
});

test('a title cut at "to" or "for" is one name', () => {
  const text = 'She sued under the Right of Entry to Public Archives Act and the Council for Rural Housing Act.';
  const out = joinLawNames(text, [at(text, 'Right of Entry', 'ORG'), at(text, 'Public Archives Act', 'MISC'), at(text, 'Council', 'ORG'), at(text, 'Rural Housing Act', 'MISC')]);
  assert.deepEqual(shown(out), ['MISC:Right of Entry to Public Archives Act', 'MISC:Council for Rural Housing Act']);
});

test('"and" and commas join two names, not one title; "Acts" and "Action" are no law\'s last word', () => {
  const text = 'Labour and the Fair Rents Act split; Morwen Acts and Tallis Action did not; Corrin, the Harbour Act.';
  const ms = [at(text, 'Labour', 'ORG'), at(text, 'Fair Rents Act', 'MISC'), at(text, 'Morwen', 'PER'), at(text, 'Tallis', 'PER'), at(text, 'Corrin', 'PER'), at(text, 'Harbour Act', 'MISC')];
  assert.deepEqual(shown(joinLawNames(text, ms)), shown(ms));
});
