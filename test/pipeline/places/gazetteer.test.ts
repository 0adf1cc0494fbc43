import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { formatGazetteer, type GazetteerRow } from '../../../src/pipeline/gazetteer/format.js';
import { parseExtraNames, parseGazetteer } from '../../../src/pipeline/gazetteer/gazetteer.js';
import { NO_CONTEXT, candidates, resolveName } from '../../../src/pipeline/gazetteer/resolve.js';

const row = (r: Partial<GazetteerRow> & Pick<GazetteerRow, 'kind' | 'ref' | 'name' | 'cc'>): GazetteerRow => ({ lat: 1, lon: 2, pop: 0, tag: '', alt: [], admin1: '', ...r });

const tiny: GazetteerRow[] = [
  row({ kind: 'C', ref: 'iso3166-1:AA', name: 'Aland', cc: 'AA', alt: ['AL', 'Ålandia'] }),
  row({ kind: 'C', ref: 'iso3166-1:BB', name: 'Borduria', cc: 'BB' }),
  // Far from the country Aland: a namesake state, not a claim on that country's land.
  row({ kind: 'R', ref: 'iso3166-2:BB-1', name: 'Aland', cc: 'BB', tag: 'state', lat: 40, lon: 10 }),
  row({ kind: 'P', ref: 'geonames:1', name: 'Szohôd', cc: 'BB', pop: 250000, tag: 'PPLC', lat: 45.5, lon: 19.25 }),
  row({ kind: 'P', ref: 'geonames:2', name: 'Klow', cc: 'AA', pop: 3000, tag: 'PPL' }),
  row({ kind: 'P', ref: 'geonames:3', name: 'Klow', cc: 'BB', pop: 2500, tag: 'PPL' }),
  row({ kind: 'D', ref: '', name: 'Bordurian', cc: 'BB' }),
];

test('the gazetteer format round-trips through its index', () => {
  const g = parseGazetteer(formatGazetteer(tiny));
  assert.deepEqual(g.byKey('szohod').map((e) => e.ref), ['geonames:1']);
  assert.deepEqual(g.byKey('alandia').map((e) => e.ref), ['iso3166-1:AA']);
  assert.deepEqual(g.byCode('AL').map((e) => e.ref), ['iso3166-1:AA']);
  assert.deepEqual(g.byKey('aland').map((e) => e.ref).sort(), ['iso3166-1:AA', 'iso3166-2:BB-1']);
  assert.deepEqual([...(g.demonym('bordurian') ?? [])], ['BB']);
  assert.equal(g.country('BB')?.name, 'Borduria');
  assert.deepEqual(g.regions().map((e) => e.ref), ['iso3166-2:BB-1']);
  const p = g.byKey('szohod')[0];
  assert.deepEqual([p.lat, p.lon, p.pop, p.tag], [45.5, 19.25, 250000, 'PPLC']);
});

test('resolution on a synthetic gazetteer: context flips a country name to a region', () => {
  const g = parseGazetteer(formatGazetteer(tiny));
  assert.equal(resolveName(g, 'Aland', NO_CONTEXT)?.kind, 'country');
  assert.equal(resolveName(g, 'Aland', { strong: new Map([['BB', 1]]), weak: new Map() })?.ref, 'iso3166-2:BB-1');
  // Only the country or its adjective named: not enough to make "Aland" the Bordurian region.
  assert.equal(resolveName(g, 'Aland', { strong: new Map(), weak: new Map([['BB', 3]]) })?.kind, 'country');
  assert.equal(resolveName(g, 'Szohod', NO_CONTEXT)?.country, 'Borduria');
  // Small town in two countries: unresolved without context, resolved with it.
  assert.equal(resolveName(g, 'Klow', NO_CONTEXT), null);
  assert.equal(resolveName(g, 'Klow', { strong: new Map(), weak: new Map([['BB', 2]]) })?.ref, 'geonames:3');
});

test('the candidates of a name are looked up once per gazetteer and shared, read-only', () => {
  const g = parseGazetteer(formatGazetteer(tiny));
  const first = candidates(g, 'Klow');
  assert.deepEqual(first.entries.map((e) => e.ref), ['geonames:2', 'geonames:3']);
  // the same answer object the second time, frozen so that no caller can change it for the next
  assert.equal(candidates(g, 'Klow'), first);
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.entries));
  assert.throws(() => (first.entries as unknown as unknown[]).push(first.entries[0]), TypeError);
  // resolving still works on the shared answer (it copies before ranking)
  assert.equal(resolveName(g, 'Klow', { strong: new Map(), weak: new Map([['BB', 2]]) })?.ref, 'geonames:3');
  assert.equal(candidates(g, 'Klow').entries.length, 2);
  // another gazetteer has its own answers
  const other = parseGazetteer(formatGazetteer(tiny.filter((r) => r.ref !== 'geonames:2')));
  assert.deepEqual(candidates(other, 'Klow').entries.map((e) => e.ref), ['geonames:3']);
});

test('a corrupt or foreign file is refused with a clear message', () => {
  assert.throws(() => parseGazetteer('hello\nworld'), /expected header/);
});

test('the shipped gazetteer loads lazily and in well under a second or so', () => {
  // A fresh process, so the measurement is the real first load.
  const script = `
    const m = await import(${JSON.stringify(new URL('../../../src/pipeline/places/index.js', import.meta.url).href)});
    const before = m.gazetteerLoadMs();
    m.resolvePlaces('No places.', [{ start: 0, end: 2, type: 'PER', text: 'No' }]);
    const untouched = m.gazetteerLoadMs();
    m.resolvePlaces('In Ankara.', [{ start: 3, end: 9, type: 'LOC', text: 'Ankara' }]);
    console.log(JSON.stringify({ before, untouched, after: m.gazetteerLoadMs() }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const { before, untouched, after } = JSON.parse(run.stdout) as Record<string, number>;
  assert.equal(before, 0);
  assert.equal(untouched, 0, 'a document without place mentions must not load the gazetteer');
  assert.ok(after > 0, 'a place mention loads the gazetteer');
});

test('extra names given at load are found like the entry’s own, and a stale ref stops the load', () => {
  const extra = parseExtraNames('# comment\ngeonames:1\tSzohôd\tZeged|Szegedin\n');
  const g = parseGazetteer(formatGazetteer(tiny), extra);
  assert.deepEqual(g.byKey('szegedin').map((e) => e.ref), ['geonames:1']);
  assert.deepEqual(g.byKey('szohod').map((e) => e.ref), ['geonames:1'], 'its own name still there');
  assert.throws(() => parseGazetteer(formatGazetteer(tiny), parseExtraNames('geonames:99\tSzohôd\tNowhere\n')), /unknown entries: geonames:99/);
});
