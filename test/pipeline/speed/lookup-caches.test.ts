// The look-up caches of the speed work answer as the uncached code did, and hand each caller its
// own copy, so a caller that edits what it got cannot change a later answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatGazetteer, type GazetteerRow } from '../../../src/pipeline/gazetteer/format.js';
import { parseGazetteer } from '../../../src/pipeline/gazetteer/gazetteer.js';
import { nameTokens } from '../../../src/corpus/entities/names.js';
import { IntTable } from '../../../src/pipeline/hash.js';

const row = (r: Partial<GazetteerRow> & Pick<GazetteerRow, 'kind' | 'ref' | 'name' | 'cc'>): GazetteerRow => ({ lat: 1, lon: 2, pop: 0, tag: '', alt: [], admin1: '', ...r });

test('nameTokens answers the same twice, and an edited answer does not leak into the next', () => {
  const first = nameTokens('The Grünwald-Ostrava Holdings’s');
  assert.deepEqual(first, ['grunwald', 'ostrava', 'holdings']);
  first.pop();
  first.push('edited');
  assert.deepEqual(nameTokens('The Grünwald-Ostrava Holdings’s'), ['grunwald', 'ostrava', 'holdings']);
});

test('gazetteer look-ups are remembered per key: the same entries each time, in a fresh array', () => {
  const g = parseGazetteer(
    formatGazetteer([
      row({ kind: 'C', ref: 'iso3166-1:QQ', name: 'Quoria', cc: 'QQ', alt: ['QR'] }),
      row({ kind: 'P', ref: 'geonames:7', name: 'Vellin', cc: 'QQ', pop: 9000, tag: 'PPL' }),
      row({ kind: 'P', ref: 'geonames:8', name: 'Vellin', cc: 'QQ', pop: 300, tag: 'PPL', lat: 5 }),
    ]),
  );
  const first = g.byKey('vellin');
  assert.deepEqual(first.map((e) => e.ref).sort(), ['geonames:7', 'geonames:8']);
  first.length = 0;
  const again = g.byKey('vellin');
  assert.deepEqual(again.map((e) => e.ref).sort(), ['geonames:7', 'geonames:8']);
  // the entries themselves are shared: one object per gazetteer row
  assert.ok(again.every((e) => g.byKey('vellin').includes(e)));
  assert.notEqual(g.byKey('vellin'), g.byKey('vellin'));
  assert.deepEqual(g.byKey('nowhere'), []);
  const none = g.byKey('nowhere');
  none.push(again[0]);
  assert.deepEqual(g.byKey('nowhere'), []);
  assert.deepEqual(g.byCode('QR').map((e) => e.ref), ['iso3166-1:QQ']);
});

test('IntTable.home reads a slot and changes nothing', () => {
  const t = new IntTable(4);
  for (let k = 1; k <= 3000; k++) t.set(k * 7919, k);
  let x = 0;
  for (let k = 1; k <= 6000; k++) x ^= t.home(k * 7919);
  assert.ok(Number.isInteger(x));
  assert.equal(t.size, 3000);
  for (let k = 1; k <= 3000; k++) assert.equal(t.get(k * 7919), k);
  assert.equal(t.get(3001 * 7919), -1);
});
