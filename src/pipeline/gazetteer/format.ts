// Text format of data/places/gazetteer.tsv.gz, shared by the build and the loader.
// Line 0 is a header. Then one line per entry, tab-separated:
//   kind, ref, name, country code, lat, lon, population, tag, alternative names ('|'-joined), admin1
// kind: C country, R first-level region, P populated place, M macro-region/sea, D demonym (name → cc).
// tag: GeoNames feature code for P (PPLC capital, PPLA admin seat …), the region's type for R.
// admin1: for P, the first-level region it lies in as the rest of that region's ISO 3166-2 code
// ("NY" for US-NY, "ON" for CA-ON), from GeoNames admin1 where the build can map it to a region
// row; empty otherwise (so "in that state" falls back to distance from the state's centre).
// Then the name index, sorted, so loading needs no Unicode normalisation, parses no entry up front
// and builds no map (lookups binary-search it):
//   "=" + nameKey TAB line numbers (','-joined)   exact keys
//   "~" + looseKey TAB line numbers                            loose keys (transliteration variants)
//   "!" + code TAB line numbers                                 exact-case codes ("US", "UAE")
import { looseKey, nameKey } from './normalize.js';

export type RowKind = 'C' | 'R' | 'P' | 'M' | 'D';

export interface GazetteerRow {
  kind: RowKind;
  ref: string;
  name: string;
  cc: string;
  lat: number;
  lon: number;
  pop: number;
  tag: string;
  alt: string[];
  admin1: string;
}

export const GAZETTEER_HEADER = '#chronicle-gazetteer v4';

/** Two- and three-letter upper-case codes ("US", "UAE") are matched by exact case, not by key. */
export const isCode = (name: string) => /^[A-Z]{2,3}$/.test(name);

const clean = (s: string) => s.replace(/[\t\n|]/g, ' ');

export function formatRow(r: GazetteerRow): string {
  return [r.kind, r.ref, clean(r.name), r.cc, r.lat, r.lon, r.pop, clean(r.tag), r.alt.map(clean).join('|'), r.admin1].join('\t');
}

export function parseRow(line: string): GazetteerRow {
  const f = line.split('\t');
  return { kind: f[0] as RowKind, ref: f[1], name: f[2], cc: f[3], lat: Number(f[4]), lon: Number(f[5]), pop: Number(f[6]), tag: f[7], alt: f[8] ? f[8].split('|') : [], admin1: f[9] ?? '' };
}

/** The whole file: header, rows (line i + 1 holds rows[i]), then the index lines. */
export function formatGazetteer(rows: GazetteerRow[]): string {
  const exact = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  const codes = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, line: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [line]);
    else if (list[list.length - 1] !== line) list.push(line);
  };
  rows.forEach((r, i) => {
    if (r.kind === 'D') return;
    const line = i + 1;
    for (const name of [r.name, ...r.alt]) {
      if (isCode(name)) add(codes, name, line);
      else {
        const key = nameKey(name);
        if (!key) continue;
        add(exact, key, line);
        // A loose key equal to the exact key is found through the exact index (halves the index).
        const lk = looseKey(key);
        if (lk !== key) add(loose, lk, line);
      }
    }
  });
  const index = (prefix: string, map: Map<string, number[]>) => [...map].map(([k, v]) => `${prefix}${k}\t${v.join(',')}`);
  // Sorted (code-unit order, the tab sorting before any key character), so lookups can binary-search
  // the lines and loading builds no map.
  const indexLines = [...index('=', exact), ...index('~', loose), ...index('!', codes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [GAZETTEER_HEADER, ...rows.map(formatRow), ...indexLines].join('\n') + '\n';
}
