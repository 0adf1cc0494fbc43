// A body's country written with its stops apart, as tokenised text writes it ("U . K . Moorland
// and Heath Service"), still says whose body it is: the name without the country, written after it, is
// that body, as it is after "U.K." written whole. Fixtures are invented bodies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a body named after its country with spaced stops is its short name written later', () => {
  const spaced = resolve('s1', ['U . K . Moorland and Heath Service', 'ORG'], ['Moorland and Heath Service', 'ORG']);
  assert.equal(spaced[1].entityId, spaced[0].entityId);
  const whole = resolve('s2', ['U.K. Moorland and Heath Service', 'ORG'], ['Moorland and Heath Service', 'ORG']);
  assert.equal(whole[1].entityId, whole[0].entityId);
});

test('spaced initials or a word that name no country own nothing', () => {
  const initials = resolve('s3', ['Q . X . Moorland and Heath Service', 'ORG'], ['Moorland and Heath Service', 'ORG']);
  assert.notEqual(initials[1].entityId, initials[0].entityId);
  const word = resolve('s4', ['Vellmar Moorland and Heath Service', 'ORG'], ['Moorland and Heath Service', 'ORG']);
  assert.notEqual(word[1].entityId, word[0].entityId);
});
