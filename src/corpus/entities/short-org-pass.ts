// The organisation short-form pass over a store, run after the corpus type pass: reads every
// stored mention's entity as resolution left it, lets shortOrgJoins decide over the whole corpus,
// and moves or restores the short forms' mentions. A joined mention keeps what it was joined from
// (shortFormFrom, shortFormCanonical) and to (shortFormTo), so a later pass sees the corpus as
// resolution left it and undoes a join the corpus no longer supports. Not incremental: rarity
// weights depend on every article, so each pass reads all mentions (see the report's timing).
import type { EntityType } from '../../types.js';
import type { MentionEntityUpdate, Store, StoredAnnotation } from '../../store/interface.js';
import { shortOrgJoins, type ArticleNames, type ShortOrgJoin, type ShortOrgOptions } from './short-orgs.js';

export interface ShortOrgPassResult {
  /** Mentions of short forms now joined to a full name. */
  joined: number;
  /** Mentions rewritten in this pass (0 when nothing changed since the last). */
  mentionsChanged: number;
  /** The joins, for reading them by hand. */
  joins: ShortOrgJoin[];
}

/** The entity a stored mention had from resolution, before any join of this pass. */
function resolvedEntity(a: StoredAnnotation): { entityId: string; canonical: string } | null {
  const d = a.data;
  if (typeof d.entityId !== 'string') return null;
  // joined and not re-resolved since (a re-resolution writes a new id and leaves shortFormTo stale)
  if (typeof d.shortFormTo === 'string' && d.shortFormTo === d.entityId && typeof d.shortFormFrom === 'string') {
    return { entityId: d.shortFormFrom, canonical: typeof d.shortFormCanonical === 'string' ? d.shortFormCanonical : a.text };
  }
  return { entityId: d.entityId, canonical: typeof d.canonical === 'string' ? d.canonical : a.text };
}

const CLEAR = { shortFormFrom: null, shortFormCanonical: null, shortFormTo: null };

export async function joinShortOrgsInStore(store: Store, opts?: ShortOrgOptions): Promise<ShortOrgPassResult> {
  const byDoc = new Map<string, StoredAnnotation[]>();
  for (const a of await store.listAnnotations({ kind: 'mention' })) (byDoc.get(a.docId) ?? byDoc.set(a.docId, []).get(a.docId)!).push(a);
  const articles: ArticleNames[] = [...byDoc].map(([docId, ms]) => ({
    docId,
    mentions: ms.flatMap((a) => {
      const r = resolvedEntity(a);
      return r ? [{ start: a.start, type: a.label as EntityType, ...r }] : [];
    }),
  }));
  const joins = shortOrgJoins(articles, opts);
  const byDocJoins = new Map<string, Map<string, ShortOrgJoin>>();
  for (const j of joins) (byDocJoins.get(j.docId) ?? byDocJoins.set(j.docId, new Map()).get(j.docId)!).set(j.from, j);
  let joined = 0;
  let mentionsChanged = 0;
  for (const [docId, ms] of byDoc) {
    const mine = byDocJoins.get(docId);
    const updates: MentionEntityUpdate[] = [];
    for (const a of ms) {
      const r = resolvedEntity(a);
      if (!r) continue;
      const j = a.label === 'ORG' ? mine?.get(r.entityId) : undefined;
      if (j) {
        joined++;
        if (a.data.entityId === j.entityId && a.data.shortFormTo === j.entityId && a.data.shortFormFrom === r.entityId) continue;
        updates.push({ start: a.start, end: a.end, type: a.label, entityId: j.entityId, canonical: j.canonical, data: { shortFormFrom: r.entityId, shortFormCanonical: r.canonical, shortFormTo: j.entityId } });
      } else if (typeof a.data.shortFormTo === 'string' || typeof a.data.shortFormFrom === 'string') {
        // joined before, not any more (or re-resolved since): back to its own entity
        updates.push({ start: a.start, end: a.end, type: a.label, entityId: r.entityId, canonical: r.canonical, data: CLEAR });
      }
    }
    if (updates.length) await store.updateMentionEntities(docId, updates);
    mentionsChanged += updates.length;
  }
  return { joined, mentionsChanged, joins };
}
