// A name that owns an airport, port or station is a town, not the football club the tagger often
// reads a possessive city as. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typeFacilityOwners } from '../../../src/pipeline/entities/place-owners.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const typed = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('the owner of an airport, port or station is a place', () => {
  const text = "Customs officers stopped the courier at Marseille's Provence airport, then searched Liverpool's main station.";
  const r = typeFacilityOwners(text, [at(text, 'Marseille', 'ORG'), at(text, 'Provence', 'LOC'), at(text, 'Liverpool', 'ORG')]);
  assert.deepEqual(typed(r.mentions), ['LOC:Marseille', 'LOC:Provence', 'LOC:Liverpool']);
  assert.equal(r.settled.size, 2);
});

test('a club that owns a coach, a trip or a stadium stays a club', () => {
  const text = "Liverpool's coach blamed the pitch, and Barcelona's trip to the station was cancelled.";
  const r = typeFacilityOwners(text, [at(text, 'Liverpool', 'ORG'), at(text, 'Barcelona', 'ORG')]);
  assert.deepEqual(typed(r.mentions), ['ORG:Liverpool', 'ORG:Barcelona']);
  const tiny = "Hollowmere Ltd's airport bid failed.";
  assert.deepEqual(typed(typeFacilityOwners(tiny, [at(tiny, 'Hollowmere Ltd', 'ORG')]).mentions), ['ORG:Hollowmere Ltd']);
});

test('through the whole entity stage, a possessive city before its airport is a place', () => {
  const text = "Customs officers stopped the courier at Barcelona's main airport on Sunday.";
  const a = analyseText(text);
  assert.equal(a.mentions.find((m) => m.text === 'Barcelona')?.type, 'LOC');
});
