// The map's heading counts what its list shows: every place named, countries among them. It said
// "34 places and 23 countries" (markers, and countries shaded) above a list and a library of 56.
import { plural } from './format.js';

interface Counted {
  kind: string;
  country?: string | null;
}

/** "56 places named in the articles: 22 countries and 34 towns, regions and sites, in 23 countries." */
export function mapHeading(places: Counted[], filtered = false): string {
  const countries = places.filter((p) => p.kind === 'country').length;
  const others = places.length - countries;
  const shaded = new Set(places.map((p) => p.country).filter((c): c is string => !!c)).size;
  const named = `${plural(places.length, 'place')} named in the articles${filtered ? ' (filtered by their events)' : ''}`;
  if (!others) return `${named}, ${countries === 1 ? 'a country' : 'all of them countries'}.`;
  const within = shaded ? `, in ${plural(shaded, 'country', 'countries')}` : '';
  if (!countries) return `${named}${within}.`;
  return `${named}: ${plural(countries, 'country', 'countries')} and ${plural(others, 'town, region or site', 'towns, regions and sites')}${within}.`;
}
