// Which report's place a merged event is given: one rule for the web's event pages and titles,
// `chronicle events --merged`, and the CSV and FollowTheMoney exports, which each chose their own
// (the CSV the first report with a gazetteer place, the command line ranking a region above a
// town's unresolved name), so one event could be placed in two places.

/** A report's place as an event record stores it: the words, the gazetteer's place, whether it was only inferred. */
export interface PlaceOfReport {
  text: string;
  place?: { kind: string; name: string; ref: string };
  inferred?: boolean;
}

/** A site or town says more than the region or country around it. */
const KIND_RANK: Record<string, number> = { site: 5, city: 4, other: 3, region: 2, country: 1 };

/** How specific a place is: a place a report states beats any inferred from its article; a place
 *  found in the gazetteer beats words that are not. */
function rank(p: PlaceOfReport): number {
  return (p.inferred ? -10 : 0) + (p.place ? (KIND_RANK[p.place.kind] ?? 0) : -1);
}

const identity = (p: PlaceOfReport) => p.place?.ref ?? p.text.trim().toLowerCase();
const shownName = (p: PlaceOfReport) => p.place?.name ?? p.text;

/**
 * The report whose place the merged event takes: the most specific place; of equally specific
 * ones, the place more reports give, then the first name in code point order, so that the choice
 * does not depend on the order each caller lists the reports in. Undefined when no report has a place.
 */
export function reportWithMergedPlace<T>(reports: readonly T[], placeOf: (report: T) => PlaceOfReport | null | undefined): T | undefined {
  const placed = reports.flatMap((r) => {
    const p = placeOf(r);
    return p ? [{ r, p }] : [];
  });
  const given = new Map<string, number>();
  for (const { p } of placed) given.set(identity(p), (given.get(identity(p)) ?? 0) + 1);
  const better = (a: PlaceOfReport, b: PlaceOfReport) =>
    rank(a) - rank(b) || given.get(identity(a))! - given.get(identity(b))! || (shownName(a) < shownName(b) ? 1 : shownName(a) > shownName(b) ? -1 : 0);
  let best = placed[0];
  for (const c of placed.slice(1)) if (better(c.p, best.p) > 0) best = c;
  return best?.r;
}
