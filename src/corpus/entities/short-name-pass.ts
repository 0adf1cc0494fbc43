// The bare-last-word pass over a store, run after the organisation short-form pass: reads the
// stored mentions' entities as the passes before it left them, lets shortNameJoins decide, and
// moves or restores the bare names' mentions. A joined mention keeps what it was joined from
// (shortNameFrom, shortNameCanonical) and to (shortNameTo), so a later pass sees the corpus as the
// earlier passes left it and undoes a join the corpus no longer supports (a namesake arrived).
// It reads every mention: a bare name's join depends on every article naming the full name.
import type { EntityType } from '../../types.js';
import type { MentionEntityUpdate, Store, StoredAnnotation } from '../../store/interface.js';
import { shortNameJoins, type ShortNameJoin, type ShortNameOptions } from './short-names.js';
import { beforeBareNameJoin, byDocument, passedEntity } from './short-org-scope.js';

export interface ShortNamePassResult {
  /** Mentions of bare names now joined to a full name. */
  joined: number;
  /** Mentions rewritten in this pass (0 when nothing changed since the last). */
  mentionsChanged: number;
  joins: ShortNameJoin[];
}

const CLEAR = { shortNameFrom: null, shortNameCanonical: null, shortNameTo: null };

/** The entity a stored mention had before this pass joined it (as the earlier passes left it). */
export function beforeShortNameJoin(a: StoredAnnotation): { entityId: string; canonical: string } | null {
  const d = a.data;
  const entityId = passedEntity(d);
  if (entityId === null) return null;
  return beforeBareNameJoin(a, entityId) ?? { entityId, canonical: typeof d.canonical === 'string' ? d.canonical : a.text };
}

/** The corpus's bare-name joins written to the store. */
export async function joinShortNamesInStore(store: Store, opts?: ShortNameOptions): Promise<ShortNamePassResult> {
  const byDoc = byDocument(await store.listAnnotations({ kind: 'mention' }));
  const before = new Map<StoredAnnotation, { entityId: string; canonical: string } | null>();
  for (const ms of byDoc.values()) for (const a of ms) before.set(a, beforeShortNameJoin(a));
  const joins = shortNameJoins(
    [...byDoc].map(([docId, ms]) => ({ docId, mentions: ms.flatMap((a) => { const r = before.get(a); return r ? [{ start: a.start, type: a.label as EntityType, ...r }] : []; }) })),
    opts,
  );
  const to = new Map(joins.map((j) => [`${j.type}:${j.from}`, j]));
  let joined = 0;
  const writes = new Map<string, MentionEntityUpdate[]>();
  for (const [docId, ms] of byDoc) {
    const updates: MentionEntityUpdate[] = [];
    for (const a of ms) {
      const r = before.get(a);
      if (!r) continue;
      const j = to.get(`${a.label}:${r.entityId}`);
      const d = a.data;
      if (j) {
        joined++;
        if (passedEntity(d) === j.entityId && d.shortNameTo === j.entityId && d.shortNameFrom === r.entityId) continue;
        updates.push({ start: a.start, end: a.end, type: a.label, entityId: j.entityId, canonical: j.canonical, data: { shortNameFrom: r.entityId, shortNameCanonical: r.canonical, shortNameTo: j.entityId } });
      } else if (typeof d.shortNameFrom === 'string' || typeof d.shortNameTo === 'string') {
        // joined before, not any more (or re-resolved since): back to its own entity
        updates.push({ start: a.start, end: a.end, type: a.label, ...r, data: CLEAR });
      }
    }
    if (updates.length) writes.set(docId, updates);
  }
  let mentionsChanged = 0;
  for (const u of writes.values()) mentionsChanged += u.length;
  if (writes.size) await store.updateMentionEntitiesOfDocuments(writes);
  return { joined, mentionsChanged, joins };
}
