// The world map's country outlines (world-atlas) are keyed by ISO 3166-1 numeric code and named in
// Natural Earth's short forms ("Dem. Rep. Congo", "United States of America"); the gazetteer names
// countries in full. Matched by name, the map left the Democratic Republic of the Congo and the
// United States unshaded and unselectable though the articles named them: places carry the code.
import { createRequire } from 'node:module';

interface CountryCodes {
  cca2: string;
  ccn3: string;
}

let numericOf: Map<string, string> | undefined;

/** The ISO 3166-1 numeric code ("180") of a country's alpha-2 code ("CD"), by the world-countries table; undefined when unknown. */
export function countryNumericCode(alpha2: string | null | undefined): string | undefined {
  if (!alpha2) return undefined;
  if (!numericOf) {
    const countries = createRequire(import.meta.url)('world-countries') as CountryCodes[];
    numericOf = new Map(countries.filter((c) => c.ccn3).map((c) => [c.cca2, c.ccn3]));
  }
  return numericOf.get(alpha2.toUpperCase());
}
