// The graph's name filters: the entity types, with MISC in two. Nationalities ("Greek",
// "Congolese") are off at first, for they crowd the graph with adjectives; the other MISC names
// are on, for among them are armed groups the tagger types MISC ("M23"), a conflict's main actor
// (hidden with the nationalities, the graph of the Goma shelling left the M23 out).
import type { NationalityFilter } from '../../server/api-types.js';
import { TYPE_LABELS } from './format.js';

/** What a filter chip stands for: an entity type, or NAT for the MISC names that are nationalities. */
export const GRAPH_FILTERS = ['PER', 'ORG', 'LOC', 'MISC', 'NAT'] as const;
export const DEFAULT_GRAPH_FILTERS: readonly string[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A chip's words. */
export function graphFilterLabel(filter: string): string {
  return filter === 'NAT' ? 'Nationalities' : filter === 'MISC' ? 'Other names' : TYPE_LABELS[filter] ?? filter;
}

/** The /api/graph parameters for the chosen chips (none chosen: every name). */
export function graphQuery(chosen: ReadonlySet<string>): { types?: string; nationalities: NationalityFilter } {
  if (!chosen.size) return { nationalities: 'include' };
  const types = [...chosen].filter((f) => f !== 'NAT');
  const nationalities: NationalityFilter = !chosen.has('NAT') ? 'exclude' : chosen.has('MISC') ? 'include' : 'only';
  if (chosen.has('NAT') && !types.includes('MISC')) types.push('MISC');
  return { types: types.join(','), nationalities };
}
