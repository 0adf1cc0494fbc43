// Distance between two gazetteer entries, from their centres.
import type { Entry } from './gazetteer.js';

/** Kilometres between two entries' centres (equirectangular: close enough at the distances compared). */
export function kmApart(a: Pick<Entry, 'lat' | 'lon'>, b: Pick<Entry, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return 6371 * Math.hypot(dLat, dLon);
}
