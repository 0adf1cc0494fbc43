// Claim groups: figures about the same quantity from several sources, side by side, and whether
// they disagree beyond what their qualifiers allow.
import type { Qualifier } from '../../types.js';
import { groupingKey, quantityKey } from './quantity-key.js';

export interface ClaimInput {
  docId: string;
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  what: string;
  source: string | null;
  evidence: string;
  /** The sentence the figure stands in: what is being done, when the counted phrase does not say. */
  context?: string;
  /** The country the document is mostly about (ISO code), used when the phrase names none. */
  documentCountry?: string | null;
}

export interface ClaimGroup {
  id: string;
  /** A readable name of the quantity (the longest "what" in the group). */
  quantity: string;
  key: string;
  disputed: boolean;
  claims: ClaimInput[];
}

// How far a hedged figure may be from its stated value and still agree.
const ABOUT_TOLERANCE = 0.15;

/** The values a claim allows: "about 1,700" → [1445, 1955]; "up to 2,500" → near 2,500 but not above. */
export function claimRange(value: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case 'exact':
      return [value, value];
    case 'about':
      return [value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE)];
    case 'at_least':
      return [value, Infinity];
    case 'more_than':
      return [value + Number.EPSILON, Infinity];
    case 'up_to':
      return [value * (1 - ABOUT_TOLERANCE), value];
  }
}

/** Disputed when no single number satisfies every claim. */
export function rangesConflict(claims: Array<Pick<ClaimInput, 'value' | 'qualifier'>>): boolean {
  let lo = -Infinity;
  let hi = Infinity;
  for (const c of claims) {
    const [a, b] = claimRange(c.value, c.qualifier);
    lo = Math.max(lo, a);
    hi = Math.min(hi, b);
  }
  return lo > hi;
}

/**
 * Disputed when two reports disagree: claims from different reports (near-duplicate documents are
 * one report) that no single number satisfies. Two figures in one article are not a dispute.
 */
export function isDisputed(claims: Array<Pick<ClaimInput, 'value' | 'qualifier' | 'docId'>>, reportOf: (docId: string) => string = (d) => d): boolean {
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (reportOf(claims[i].docId) !== reportOf(claims[j].docId) && rangesConflict([claims[i], claims[j]])) return true;
    }
  }
  return false;
}

/** Maps each document to one representative of its near-duplicate family. */
export function reportFamilies(pairs: Array<[string, string]>): (docId: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x);
    if (!p || p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return find;
}

/**
 * Groups figures by quantity key (blocking: a hash map, never all pairs). Only groups with claims
 * from at least two reports are returned: one source alone, or one story copied on two sites, is
 * not a comparison.
 */
export function groupClaims(figures: ClaimInput[], reportOf: (docId: string) => string = (d) => d): ClaimGroup[] {
  const byKey = new Map<string, ClaimInput[]>();
  for (const f of figures) {
    const key = groupingKey(quantityKey(f.what, f.context), f.documentCountry);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const groups: ClaimGroup[] = [];
  for (const [key, claims] of byKey) {
    if (new Set(claims.map((c) => reportOf(c.docId))).size < 2) continue;
    const quantity = claims.reduce((a, c) => (c.what.length > a.length ? c.what : a), '');
    groups.push({ id: 'claim_' + key.toLowerCase().replace(/[^a-z0-9]+/g, '-'), quantity, key, disputed: isDisputed(claims, reportOf), claims });
  }
  return groups.sort((a, b) => Number(b.disputed) - Number(a.disputed) || b.claims.length - a.claims.length);
}

/** The country most place mentions of each document are in. */
export function documentCountries(places: Array<{ docId: string; countryCode: string | null }>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const p of places) {
    if (!p.countryCode) continue;
    let c = counts.get(p.docId);
    if (!c) counts.set(p.docId, (c = new Map()));
    c.set(p.countryCode, (c.get(p.countryCode) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [docId, c] of counts) out.set(docId, [...c].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  return out;
}
