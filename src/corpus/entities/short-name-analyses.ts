// The corpus's bare-last-word joins over analyses held in memory (evaluations): the same decisions
// as the pass after an ingest (shortNameJoins), applied to each article's mentions.
import type { Analysis, Mention } from '../../types.js';
import { shortNameJoins, type ShortNameOptions } from './short-names.js';

const resolved = (m: Mention) => (m.entityId ? [{ start: m.start, type: m.type, entityId: m.entityId, canonical: m.canonical ?? m.text }] : []);

/** The analyses with bare last words joined to their one full name; those without a join are returned as they are. */
export function joinShortNamesInAnalyses(analyses: Analysis[], opts?: ShortNameOptions): Analysis[] {
  const joins = shortNameJoins(analyses.map((a) => ({ docId: a.doc.id, mentions: a.mentions.flatMap(resolved) })), opts);
  if (!joins.length) return analyses;
  const to = new Map(joins.map((j) => [`${j.type}:${j.from}`, j]));
  const joinOf = (m: Mention) => (m.entityId ? to.get(`${m.type}:${m.entityId}`) : undefined);
  return analyses.map((a) => {
    if (!a.mentions.some(joinOf)) return a;
    return { ...a, mentions: a.mentions.map((m) => { const j = joinOf(m); return j ? { ...m, entityId: j.entityId, canonical: j.canonical } : m; }) };
  });
}
