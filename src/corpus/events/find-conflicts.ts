// Where the reports of one real-world event disagree (dates that cannot be one day, places far apart,
// different counts): read by the server's merged events and by the CLI and exports alike, so it lives
// in the corpus layer, which knows nothing of the server.
import type { Place } from '../../types.js';
import type { ConflictInput, EventConflict } from './conflict-types.js';
import { datesCompatible } from './coreference.js';
import { kmApart } from '../../pipeline/gazetteer/geo.js';

export type { ConflictInput, EventConflict };

/** The counts a merged event keeps (and compares between reports). */
export const COUNT_KEYS = ['killed', 'injured', 'detained', 'arrested', 'prosecuted'] as const;
/** Two places further apart than this are different places, not one place named twice. */
const SAME_PLACE_KM = 50;

/** Where reports in two or more documents disagree: dates that cannot be one day, places far apart, different counts. */
export function findConflicts(reports: ConflictInput[]): EventConflict[] {
  if (new Set(reports.map((r) => r.docId)).size < 2) return [];
  const conflicts: EventConflict[] = [];
  const dated = reports.filter((r) => r.date?.iso);
  if (dated.some((a) => dated.some((b) => !datesCompatible(a.date!.iso, b.date!.iso)))) {
    conflicts.push({ field: 'date', values: groupBy(dated, (r) => r.date!.iso!).map(([, rs]) => ({ date: rs[0].date!, reports: rs.map((r) => r.key) })) });
  }
  // an article's inferred setting is weak evidence: it never makes a disagreement
  const placed = reports.filter((r) => r.place?.place && !r.place.inferred);
  if (placed.some((a) => placed.some((b) => placesDisagree(a.place!.place!, b.place!.place!)))) {
    conflicts.push({ field: 'place', values: groupBy(placed, (r) => r.place!.place!.ref || r.place!.place!.name).map(([, rs]) => ({ place: rs[0].place!.place!.name, reports: rs.map((r) => r.key) })) });
  }
  for (const k of COUNT_KEYS) {
    const counted = reports.filter((r) => r.counts[k]);
    const groups = groupBy(counted, (r) => `${r.counts[k]!.value}`);
    if (groups.length > 1) conflicts.push({ field: k, values: groups.map(([, rs]) => ({ count: rs[0].counts[k]!, reports: rs.map((r) => r.key) })) });
  }
  return conflicts;
}

function groupBy<T>(xs: T[], key: (x: T) => string): Array<[string, T[]]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return [...m];
}

/** A country and a city in it agree; two towns far apart, or two countries, do not. */
function placesDisagree(a: Place, b: Place): boolean {
  if (a.ref && a.ref === b.ref) return false;
  if (a.kind === 'country' || b.kind === 'country' || a.kind === 'region' || b.kind === 'region') {
    return !!a.countryCode && !!b.countryCode && a.countryCode !== b.countryCode && a.kind === b.kind;
  }
  return kmApart(a, b) > SAME_PLACE_KM;
}

