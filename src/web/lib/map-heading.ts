// The map's heading counts what its list shows: every place named, countries among them. It said
// "34 places and 23 countries" (markers, and countries shaded) above a list and a library of 56.
// The towns' countries are counted apart from the countries named: "22 countries and 34 towns … in
// 23 countries" read as if the towns lay in 23 countries, the named ones counted again.
import { plural } from './format.js';

interface Counted {
  kind: string;
  country?: string | null;
}

/** "56 places named in the articles: 22 countries, and 34 towns, regions and sites in 12 countries." */
export function mapHeading(places: Counted[], filtered = false): string {
  const countries = places.filter((p) => p.kind === 'country').length;
  const others = places.length - countries;
  const townCountries = new Set(places.filter((p) => p.kind !== 'country').map((p) => p.country).filter((c): c is string => !!c)).size;
  // none: not "0 places named in the articles, all of them countries"
  if (!places.length) return filtered ? 'No place named in the articles has events that match these filters.' : 'No place named in the articles is on the map.';
  const named = `${plural(places.length, 'place')} named in the articles${filtered ? ' (filtered by their events)' : ''}`;
  if (!others) return `${named}, ${countries === 1 ? 'a country' : 'all of them countries'}.`;
  const within = townCountries ? ` in ${plural(townCountries, 'country', 'countries')}` : '';
  if (!countries) return `${named}${within ? `,${within}` : ''}.`;
  return `${named}: ${plural(countries, 'country', 'countries')}, and ${plural(others, 'town, region or site', 'towns, regions and sites')}${within}.`;
}
