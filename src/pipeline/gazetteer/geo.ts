// Where gazetteer entries lie: the distance between two centres, and whether a town lies in a region.
import type { Entry } from './gazetteer.js';

/**
 * Kilometres between two places' centres (equirectangular: close enough at the distances compared;
 * the shorter way round, across the 180th meridian too). Gazetteer entries and stored places alike.
 */
export function kmApart(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const east = (((b.lon - a.lon) % 360) + 540) % 360 - 180;
  const dLon = east * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return 6371 * Math.hypot(dLat, dLon);
}

/** Whether the gazetteer gives this entry's first-level region by code (US and Canadian towns). */
export const hasRegionCode = (e: Pick<Entry, 'admin1'>): boolean => e.admin1 !== '';

/**
 * Whether `e` lies in the first-level region `region`: by the town's region code where it has one
 * (Watertown, N.Y. lies in New York, though a state's centre can sit far from it or near a
 * neighbour's border), else by distance from the region's centre, within `reachKm`.
 */
export function liesIn(e: Pick<Entry, 'cc' | 'admin1' | 'lat' | 'lon'>, region: Pick<Entry, 'cc' | 'ref' | 'lat' | 'lon'>, reachKm: number): boolean {
  if (e.cc !== region.cc) return false;
  if (hasRegionCode(e) && region.ref.startsWith('iso3166-2:')) return region.ref === `iso3166-2:${e.cc}-${e.admin1}`;
  return kmApart(e, region) <= reachKm;
}
