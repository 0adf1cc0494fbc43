// Reports of one event disagree on its place when their places lie far apart: measured by the one
// distance the gazetteer uses too, the shorter way round the globe (two towns either side of the
// 180th meridian are neighbours).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findConflicts, type ConflictInput } from '../../src/corpus/events/find-conflicts.js';
import { kmApart } from '../../src/pipeline/gazetteer/geo.js';
import type { Place } from '../../src/types.js';

const town = (name: string, lat: number, lon: number): Place => ({ name, country: null, countryCode: null, lat, lon, kind: 'city', ref: `test:${name}` });
const report = (docId: string, place: Place): ConflictInput => ({ key: `${docId}#e1`, docId, date: null, place: { text: place.name, place }, counts: {} });

test('kmApart takes the shorter way round, across the 180th meridian', () => {
  assert.ok(kmApart({ lat: -16.5, lon: 179.9 }, { lat: -16.5, lon: -179.9 }) < 30);
  assert.ok(Math.abs(kmApart({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }) - 111.2) < 0.5);
});

test('places either side of the 180th meridian do not disagree; places far apart do', () => {
  const east = town('Wairiki', -16.5, 179.95);
  const west = town('Lomaloma', -16.55, -179.95);
  assert.deepEqual(findConflicts([report('d1', east), report('d2', west)]), []);
  const far = town('Suva', -18.1, 178.4);
  assert.deepEqual(findConflicts([report('d1', east), report('d2', far)]).map((c) => c.field), ['place']);
});
