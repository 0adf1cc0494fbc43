// Country from a nationality word or country name: "Russians", "Russian", "Kyrgyz", "citizens of Russia",
// and a country's adjective ("Indonesia" → "Indonesian"), from the world-countries table: what
// figures key their counted groups by and how a claimant's national body is named. The country a
// mention stands for in its own article (gazetteer and places) is reference/organisation-countries.ts.
import { createRequire } from 'node:module';

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

let table: Map<string, string> | undefined;
let demonyms: Map<string, string> | undefined;

function build(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as CountryRecord[];
  const map = new Map<string, string>();
  const add = (word: string | undefined, code: string) => {
    if (!word) return;
    const w = word.toLowerCase();
    if (!map.has(w)) map.set(w, code);
  };
  for (const c of countries) {
    add(c.name.common, c.cca2);
    add(c.name.official, c.cca2);
    for (const alt of c.altSpellings) if (alt.length > 3) add(alt, c.cca2);
    const d = c.demonyms?.eng;
    if (d) {
      add(d.m, c.cca2);
      add(d.f, c.cca2);
      add(d.m.endsWith('s') ? d.m : d.m + 's', c.cca2);
    }
  }
  // Region-level groupings that figures in this field count by.
  for (const [word, code] of [
    ['cis', 'CIS'],
    ['post-soviet', 'CIS'],
    ['central asian', 'CENTRAL-ASIA'],
    ['central asia', 'CENTRAL-ASIA'],
    ['european', 'EU'],
    ['europeans', 'EU'],
  ] as const)
    map.set(word, code);
  return map;
}

/** Country code (or region code) named by a word or two-word phrase, or null. */
export function nationalityOf(phrase: string): string | null {
  table ??= build();
  return table.get(phrase.toLowerCase()) ?? null;
}

/** The adjective of a country named by its common name ("Indonesia" → "Indonesian"), or null. */
export function demonymOf(country: string): string | null {
  if (!demonyms) {
    const require = createRequire(import.meta.url);
    demonyms = new Map();
    for (const c of require('world-countries') as CountryRecord[]) {
      const d = c.demonyms?.eng?.m;
      if (d) demonyms.set(c.name.common.toLowerCase(), d);
    }
  }
  return demonyms.get(country.toLowerCase()) ?? null;
}
