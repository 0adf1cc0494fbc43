// The body country joins over analyses held in memory (evaluations): the same decisions as the
// pass after an ingest (bodyCountryJoins), applied to each article's mentions.
import type { Analysis } from '../../types.js';
import { bodyCountryJoins } from './body-countries.js';

/** The analyses with each body name's no-country mentions joined to its one country key. */
export function joinBodiesInAnalyses(analyses: Analysis[]): Analysis[] {
  const mentions = analyses.flatMap((a) => a.mentions.flatMap((m) => (m.entityId ? [{ type: m.type, entityId: m.entityId, canonical: m.canonical ?? m.text }] : [])));
  const to = new Map(bodyCountryJoins(mentions).map((j) => [j.from, j.to]));
  if (!to.size) return analyses;
  return analyses.map((a) => {
    if (!a.mentions.some((m) => m.type === 'ORG' && m.entityId && to.has(m.entityId))) return a;
    return { ...a, mentions: a.mentions.map((m) => (m.type === 'ORG' && m.entityId && to.has(m.entityId) ? { ...m, entityId: to.get(m.entityId) } : m)) };
  });
}
