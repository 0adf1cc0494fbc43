// Which report gives a merged event its date: the most precise, where a date's precision ranks as
// its digits do with a year worth one more ("2014-12-29" 9, "2014-12" 7, "2014" 5, "--10-21" 4,
// "--12" 2), so a year, which places the event on a timeline, goes before a day of a month without
// one. A date the facts stage read as the day a lasting happening began ("began shelling on 5
// March", "on strike since Monday": TimeValue isStart) gives way to any report's own date, however
// less precise. One rule for the cluster's date, `events --merged` and the API's merged event.

/** A report's date as the merge reads it. */
export interface DateChoice {
  iso: string | null | undefined;
  isStart?: boolean;
  /** A range's last day ("from 3 to 10 September"): of two reports giving the same first day, the one with it says more. */
  end?: string;
}

/** The rank of a date's precision: digits known, and one more when the year is among them. */
export function mergedDateRank(iso: string | null | undefined): number {
  return iso ? iso.replace(/\D/g, '').length + (/^\d{4}/.test(iso) ? 1 : 0) : 0;
}

/** The item whose date a merged event takes (the first of equal ones), or null when none has a date. */
export function chooseMergedDate<T>(items: readonly T[], dateOf: (item: T) => DateChoice | null | undefined): T | null {
  const dated = items.filter((i) => dateOf(i));
  const own = dated.filter((i) => dateOf(i)!.iso && !dateOf(i)!.isStart);
  let best: T | null = null;
  let bestRank = -1;
  for (const i of own.length ? own : dated) {
    const rank = mergedDateRank(dateOf(i)!.iso);
    const addsEnd = best !== null && rank === bestRank && dateOf(i)!.iso === dateOf(best)!.iso && !!dateOf(i)!.end && !dateOf(best)!.end;
    if (rank > bestRank || addsEnd) {
      best = i;
      bestRank = rank;
    }
  }
  return best;
}
