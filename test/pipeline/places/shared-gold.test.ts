import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupPlace } from '../../../src/pipeline/places/index.js';
import { sharedDir, SHARED_MISSING } from '../../helpers.js';

/** Every string value of a "place" key anywhere in the gold file. */
function goldPlaces(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) goldPlaces(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'place' && typeof v === 'string') out.push(v);
      else goldPlaces(v, out);
    }
  }
  return out;
}

test('every event place in the shared gold resolves to a place', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip(SHARED_MISSING);
  const places = goldPlaces(JSON.parse(readFileSync(join(shared, 'gold', 'seeds.json'), 'utf8')));
  assert.ok(places.length > 0, 'gold has event places');
  const unresolved = places.filter((p) => lookupPlace(p) === null);
  assert.deepEqual(unresolved, []);
});
