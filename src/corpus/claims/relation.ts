// How the values of one quantity, reported by different sources, relate. The rule:
//
//   Each claim allows an interval of values, read from its qualifier:
//     exact v      [v, v]
//     about v      [v − u, v + u], u = one unit of v's last significant digit ("about 1,700": 1,600–1,800;
//                  "about 300": 200–400; "about 3 thousand": 2,000–4,000)
//     at_least v   [v, ∞)            more_than v   (v, ∞)
//     up_to v      [0, v]
//   same           every claim states the same value;
//   update         the values differ, the reports were published on different known dates, the quantity
//                  is a running toll (killed, injured, detained, displaced, prosecuted), and each later
//                  report's value is at least the earlier one's: the later figure supersedes;
//   contradictory  two claims from different reports whose intervals do not meet: they cannot both be true;
//   estimates      differing estimates: the values differ but every pair of intervals meets, so both can
//                  be true only where one's qualifier reaches the edge of the other's ("about 1,700" and
//                  "up to 2,500" both hold only if the true number is near 1,700, far below the 2,500 cap).
// Differing estimates and contradictions are disputes; the same value and an update are not.
import type { Qualifier } from '../../types.js';

export type ClaimRelation = 'same' | 'estimates' | 'contradictory' | 'update';

export interface RelationInput {
  value: number;
  qualifier: Qualifier;
  docId: string;
  /** The report's publication date (ISO), when known. */
  published?: string | null;
}

/** One unit of the last significant digit: 1,700 → 100; 3,000 → 1,000; 2.5 → 0.1; 40 → 10. */
export function lastDigitUnit(v: number): number {
  const abs = Math.abs(v);
  if (abs === 0) return 1;
  let unit = 10 ** Math.floor(Math.log10(abs));
  // walk down while the value is not a whole multiple of the unit
  for (let guard = 0; guard < 12 && Math.abs(abs / unit - Math.round(abs / unit)) > 1e-9; guard++) unit /= 10;
  return unit;
}

/** The values a claim allows, by the rule above. */
export function claimInterval(value: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case 'exact':
      return [value, value];
    case 'about': {
      const u = lastDigitUnit(value);
      return [value - u, value + u];
    }
    case 'at_least':
      return [value, Infinity];
    case 'more_than':
      return [value + Number.EPSILON * Math.max(1, value), Infinity];
    case 'up_to':
      return [0, value];
  }
}

/** No single number satisfies both claims. */
export function intervalsMiss(a: Pick<RelationInput, 'value' | 'qualifier'>, b: Pick<RelationInput, 'value' | 'qualifier'>): boolean {
  const [a0, a1] = claimInterval(a.value, a.qualifier);
  const [b0, b1] = claimInterval(b.value, b.qualifier);
  return Math.max(a0, b0) > Math.min(a1, b1);
}

/** Counts that only grow as reports come in. */
const RUNNING_TOLLS = new Set(['killed', 'injured', 'detained', 'displaced', 'prosecuted']);

/** How the claims relate, comparing only claims from different reports. */
export function relationOf(claims: RelationInput[], activity: string | null, reportOf: (docId: string) => string = (d) => d): ClaimRelation {
  const pairs: Array<[RelationInput, RelationInput]> = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) if (reportOf(claims[i].docId) !== reportOf(claims[j].docId)) pairs.push([claims[i], claims[j]]);
  }
  // two figures in one article, or one story copied on two sites, are not a disagreement
  if (pairs.every(([a, b]) => a.value === b.value)) return 'same';
  if (activity && RUNNING_TOLLS.has(activity) && risesOverTime(claims, reportOf)) return 'update';
  if (pairs.some(([a, b]) => intervalsMiss(a, b))) return 'contradictory';
  return 'estimates';
}

export const isDispute = (r: ClaimRelation): boolean => r === 'estimates' || r === 'contradictory';

/** Every report dated with a year, at least two dates, and the value never falls from one date to a later one. */
function risesOverTime(claims: RelationInput[], reportOf: (docId: string) => string): boolean {
  // A date without a year ("--04-08") cannot be placed before or after another: as text it sorted
  // first, so a lower toll in such an article read as the earlier one and two differing reports as an update.
  if (claims.some((c) => !c.published || !/^\d{4}/.test(c.published))) return false;
  const byDate = [...claims].sort((a, b) => a.published!.localeCompare(b.published!));
  if (new Set(byDate.map((c) => c.published)).size < 2) return false;
  for (let i = 1; i < byDate.length; i++) {
    const prev = byDate[i - 1];
    const cur = byDate[i];
    if (reportOf(prev.docId) === reportOf(cur.docId)) continue;
    if (cur.published! > prev.published! && cur.value < prev.value) return false;
  }
  return true;
}
