// Claim groups: figures about the same quantity from different sources, side by side, with how
// their values relate (./relation.ts states the rule) and why they were grouped.
import type { Qualifier } from '../../types.js';
import { groupingKey, quantityKey, type QuantityKey } from './quantity-key.js';
import { claimInterval, intervalsMiss, isDispute, relationOf, type ClaimRelation } from './relation.js';
import { groupRoots } from '../linked-groups.js';

export type { ClaimRelation } from './relation.js';

export interface ClaimInput {
  docId: string;
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  /** A vague amount's own words ("dozens"), when the figure is one: `value` is only the bound read from them. */
  vagueWords?: string;
  /** The qualifier as the source wrote it ("nearly"), when not how `qualifier` reads. */
  qualifierWords?: string;
  what: string;
  /** The figure's unit (ISO currency, percent, a measure, the counted noun); absent in older stores. */
  unit?: string;
  source: string | null;
  evidence: string;
  /** The sentence the figure stands in: what is being done, when the counted phrase does not say. */
  context?: string;
  /** The country the document is mostly about (ISO code), used when the phrase names none. */
  documentCountry?: string | null;
  /** The document's publication date, when known: orders updates. */
  published?: string | null;
  /** Figures of the same document this one cannot agree with, and why (the figures stage checks multiples against levels). */
  conflict?: { with: Array<{ start: number; end: number }>; reason: string };
}

export interface ClaimGroup {
  id: string;
  /** A readable name of the quantity (the longest "what" in the group). */
  quantity: string;
  key: string;
  /** How the values relate: the same value, differing estimates, contradictory, or an update over time. */
  relation: ClaimRelation;
  /** Differing estimates or contradictory. */
  disputed: boolean;
  /** Why these figures were grouped, in words. */
  reason: string;
  /** Claims in publication order where dates are known (an update reads top to bottom), else as found. */
  claims: ClaimInput[];
}

/**
 * Claims in publication order when every report is dated, earliest first; a date without a year
 * ("--02-14") cannot be placed against a year, so such reports follow the dated ones. Else as found.
 */
export function inPublicationOrder<T extends Pick<ClaimInput, 'published'>>(claims: T[]): T[] {
  if (!claims.every((c) => c.published)) return claims;
  const yearless = (c: T) => (/^\d{4}/.test(c.published!) ? 0 : 1);
  return [...claims].sort((a, b) => yearless(a) - yearless(b) || a.published!.localeCompare(b.published!));
}

/** The values a claim allows (see ./relation.ts). */
export const claimRange = claimInterval;

/** No single number satisfies every claim. */
export function rangesConflict(claims: Array<Pick<ClaimInput, 'value' | 'qualifier'>>): boolean {
  for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) if (intervalsMiss(claims[i], claims[j])) return true;
  return false;
}

/** Disputed when reports (near-duplicates are one report) give differing estimates or contradict each other. */
export function isDisputed(claims: Array<Pick<ClaimInput, 'value' | 'qualifier' | 'docId'>>, reportOf: (docId: string) => string = (d) => d): boolean {
  return isDispute(relationOf(claims, null, reportOf));
}

/** Maps each document to one representative of its near-duplicate family. */
export function reportFamilies(pairs: Array<[string, string]>): (docId: string) => string {
  return groupRoots(pairs);
}

const PERCENT_UNITS = new Set(['percent', 'percentage_point']);
const CURRENCY = /^[A-Z]{3}$/;

/** What a figure's unit says about the quantity: a currency, a share, a measure, or a count (of people, by the key). */
function unitClass(unit: string | undefined, k: QuantityKey): string {
  if (!unit) return k.kind ?? 'count';
  if (CURRENCY.test(unit) || PERCENT_UNITS.has(unit)) return unit;
  return k.kind === 'people' ? 'people' : unit.toLowerCase();
}

/** Years the sentence names ("in 2004"): figures for different years are different quantities. */
function yearsOf(context: string | undefined): string {
  const years = new Set(context?.match(/\b(?:19|20)\d\d\b/g) ?? []);
  return [...years].sort().join(',');
}

/**
 * Groups figures by quantity (blocking: a hash map, never all pairs): the same population, kind and
 * activity (./quantity-key.ts), the same unit, and no clash of the years their sentences name. A
 * group needs at least two reports and two sources: one source alone, or one story copied on two
 * sites, is not a comparison.
 */
export function groupClaims(figures: ClaimInput[], reportOf: (docId: string) => string = (d) => d): ClaimGroup[] {
  const byKey = new Map<string, Array<{ f: ClaimInput; k: QuantityKey; years: string }>>();
  for (const f of figures) {
    const k = quantityKey(f.what, f.context);
    const base = groupingKey(k, f.documentCountry);
    if (!base) continue;
    const key = `${base}|${unitClass(f.unit, k)}`;
    const list = byKey.get(key);
    const item = { f, k, years: yearsOf(f.context) };
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  const groups: ClaimGroup[] = [];
  for (const [key, items] of byKey) {
    for (const part of splitByYears(items)) {
      const claims = part.map((x) => x.f);
      if (new Set(claims.map((c) => reportOf(c.docId))).size < 2) continue;
      const sources = new Set(claims.map((c, i) => c.source ?? `unattributed#${reportOf(c.docId)}#${i}`));
      if (sources.size < 2) continue;
      const [who, kind, activity, unit] = key.split('|');
      const relation = relationOf(claims, activity, reportOf);
      const dated = inPublicationOrder(claims);
      const quantity = claims.reduce((a, c) => (c.what.length > a.length ? c.what : a), '');
      const years = part[0].years;
      // the sources are named where they are resolved (src/claim-reason.ts), as each figure's line names its own
      const reason =
        `same population (${who}), kind (${kind}) and activity (${activity}); unit ${unit}` +
        `${years ? `; sentences name ${years}` : ''}; ${new Set(claims.map((c) => reportOf(c.docId))).size} reports`;
      const id = 'claim_' + `${key}${years ? '|' + years : ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      groups.push({ id, quantity, key, relation, disputed: isDispute(relation), reason, claims: dated });
    }
  }
  groups.push(...documentConflicts(figures));
  return groups.sort((a, b) => Number(b.disputed) - Number(a.disputed) || b.claims.length - a.claims.length);
}

/**
 * Figures one document states that cannot all be right ("a fivefold rise" in profits against levels
 * of 1.33bn, up from 246bn): a contradictory group of their own, one source, one report.
 */
function documentConflicts(figures: ClaimInput[]): ClaimGroup[] {
  const groups = new Map<string, ClaimInput[]>();
  for (const f of figures) {
    if (!f.conflict) continue;
    const spans = [...f.conflict.with, f].map((x) => x.start).sort((a, b) => a - b);
    const key = `${f.docId}|${spans.join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups].map(([key, claims]) => ({
    id: 'conflict_' + key.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    quantity: claims.reduce((a, c) => (c.what.length > a.length ? c.what : a), ''),
    key,
    relation: 'contradictory' as const,
    disputed: true,
    reason: `one report states figures that cannot all hold: ${claims[0].conflict!.reason}`,
    claims: [...claims].sort((a, b) => a.start - b.start),
  }));
}

/** Figures whose sentences name different years are apart; a figure whose sentence names none joins any. */
function splitByYears<T extends { years: string }>(items: T[]): T[][] {
  const named = [...new Set(items.map((x) => x.years).filter(Boolean))];
  if (named.length <= 1) return [items];
  return named.map((y) => items.filter((x) => x.years === y || !x.years));
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
