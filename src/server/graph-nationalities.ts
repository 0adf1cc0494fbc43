// Which MISC names the graph keeps. The tagger's MISC holds nationalities ("Greek", "Congolese"),
// which crowd a graph with adjectives, but also armed groups, events and other names ("M23",
// "the Taliban") that can be a story's main actor: the graph leaves out the first kind only.
import type { NationalityFilter } from './api-types.js';
import { nationalityOf } from '../pipeline/facts/figures/demonyms.js';

/** MISC names the graph keeps: all of them, all but nationalities, or nationalities only. */
export const NATIONALITY_FILTERS: readonly NationalityFilter[] = ['include', 'exclude', 'only'];

/** Whether a name is a nationality by the world-countries table ("Greek", "Europeans"), not an armed group or event. */
export function isNationalityName(e: { type: string; name: string }): boolean {
  return e.type === 'MISC' && nationalityOf(e.name) !== null;
}

/** Whether the filter keeps a name (names of other types always pass). */
export function keptByNationalities(filter: NationalityFilter, e: { type: string; name: string }): boolean {
  if (filter === 'include' || e.type !== 'MISC') return true;
  return (filter === 'only') === isNationalityName(e);
}

/**
 * The first `limit` rows that pass `keep`, from a ranked list read `n` rows at a time through
 * `read(n)` (n doubling until enough pass or the list ends): the order is the list's own.
 */
export async function firstKept<T>(read: (n: number) => Promise<T[]>, keep: (row: T) => boolean, limit: number): Promise<T[]> {
  for (let n = limit; ; n *= 2) {
    const rows = await read(n);
    const kept = rows.filter(keep);
    if (kept.length >= limit || rows.length < n) return kept.slice(0, limit);
  }
}
