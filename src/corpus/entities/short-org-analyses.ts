// The corpus's organisation short-form joins over analyses held in memory (evaluations): the same
// decisions as the pass after an ingest (shortOrgJoins), applied to each article's mentions.
import type { Analysis, Mention } from '../../types.js';
import { applyShortOrgJoins, shortOrgJoins, type ShortOrgJoin, type ShortOrgOptions } from './short-orgs.js';

const resolved = (m: Mention) => (m.entityId ? [{ start: m.start, type: m.type, entityId: m.entityId, canonical: m.canonical ?? m.text }] : []);

/** The analyses with short forms joined; those without a join are returned as they are. */
export function joinShortOrgsInAnalyses(analyses: Analysis[], opts?: ShortOrgOptions): Analysis[] {
  const joins = shortOrgJoins(analyses.map((a) => ({ docId: a.doc.id, mentions: a.mentions.flatMap(resolved) })), opts);
  const byDoc = new Map<string, ShortOrgJoin[]>();
  for (const j of joins) (byDoc.get(j.docId) ?? byDoc.set(j.docId, []).get(j.docId)!).push(j);
  return analyses.map((a) => {
    const mine = byDoc.get(a.doc.id);
    if (!mine) return a;
    const withIds = a.mentions.map((m) => ({ ...m, entityId: m.entityId ?? '', canonical: m.canonical ?? m.text }));
    return { ...a, mentions: applyShortOrgJoins(withIds, mine).map((m, i) => (a.mentions[i].entityId ? m : a.mentions[i])) };
  });
}
