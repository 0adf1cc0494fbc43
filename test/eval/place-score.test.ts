import test from 'node:test';
import assert from 'node:assert/strict';
import { scorePlaces } from '../../src/eval/lib/place-score.js';
import type { GoldFile } from '../../src/eval/lib/gold-format.js';
import type { Analysis, Place, PlaceMention } from '../../src/types.js';

const place = (name: string, ref: string, cc: string): Place => ({ name, ref, countryCode: cc, country: null, lat: 0, lon: 0, kind: 'city' });
const at = (text: string, p: Place): PlaceMention => ({ start: 0, end: text.length, text, place: p });
const analysis = (places: PlaceMention[]) => ({ places }) as unknown as Analysis;

const gold: GoldFile = {
  documents: {
    'a.txt': { entities: [{ name: 'Perth', type: 'LOC' }, { name: 'Kilmore Quay', type: 'LOC' }, { name: 'Ava Quill', type: 'PER' }] },
    'b.txt': { entities: [{ name: 'Bern', type: 'LOC', mentions: ['Berne'] }, { name: 'Nowhere Square', type: 'LOC' }, { name: 'Lune', type: 'LOC' }] },
  },
};

test('place accuracy: the ref most of a name’s mentions resolved to, judged against the refs file', () => {
  const analyses = new Map([
    ['a.txt', analysis([at('Perth', place('Perth', 'geo:au', 'AU')), at('Perth', place('Perth', 'geo:au', 'AU')), at('Perth', place('Perth', 'geo:gb', 'GB'))])],
    ['b.txt', analysis([at('Berne', place('Berne', 'geo:us', 'US')), at('Nowhere Square', place('Nowhere', 'geo:x', 'GB'))])],
  ]);
  const refs = { places: { Perth: ['geo:au', 'geo:au2'], 'Kilmore Quay': 'geo:ie', Bern: 'geo:ch', 'Nowhere Square': null } };
  const s = scorePlaces(gold, analyses, refs);
  assert.equal(s.total, 3, 'names mapped to null are not scored; people are not places');
  assert.equal(s.right, 1);
  assert.match(s.wrong.join('\n'), /Kilmore Quay \(a\.txt\): not placed/);
  assert.match(s.wrong.join('\n'), /Bern \(b\.txt\): Berne \(US/, 'a listed mention form counts for its name');
  assert.deepEqual(s.strayed.map((x) => x.split(':')[0]), ['Nowhere Square (b.txt)']);
  assert.deepEqual(s.unmapped, ['Lune (b.txt)']);
});
