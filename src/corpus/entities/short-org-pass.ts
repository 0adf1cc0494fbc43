// The organisation short-form pass over a store, run after the corpus type pass: reads the stored
// mentions' entities as resolution left them, lets shortOrgJoins decide, and moves or restores the
// short forms' mentions. A joined mention keeps what it was joined from (shortFormFrom,
// shortFormCanonical) and to (shortFormTo), so a later pass sees the corpus as resolution left it
// and undoes a join the corpus no longer supports. Only the articles a join could concern are read
// (short-org-scope.ts), with the whole corpus's result; a corpus with no family reads no mention.
import type { EntityType } from '../../types.js';
import type { MentionEntityUpdate, Store } from '../../store/interface.js';
import { shortOrgJoins, type ArticleNames, type ShortOrgJoin, type ShortOrgOptions } from './short-orgs.js';
import { byDocument, passedEntity, resolvedEntity, scopedRead, type Row } from './short-org-scope.js';

export interface ShortOrgPassResult {
  /** Mentions of short forms now joined to a full name. */
  joined: number;
  /** Mentions rewritten in this pass (0 when nothing changed since the last). */
  mentionsChanged: number;
  /** The joins, for reading them by hand. */
  joins: ShortOrgJoin[];
}

const CLEAR = { shortFormFrom: null, shortFormCanonical: null, shortFormTo: null };

const articleNames = (byDoc: Map<string, Row[]>): ArticleNames[] =>
  [...byDoc].map(([docId, ms]) => ({
    docId,
    mentions: ms.flatMap((a) => {
      const r = resolvedEntity(a);
      return r ? [{ start: a.start, type: a.label as EntityType, ...r }] : [];
    }),
  }));

/**
 * The corpus's short-form joins written to the store. `full`: read every mention and count over
 * them (the reference the scoped pass is tested against; the same stored result).
 */
export async function joinShortOrgsInStore(store: Store, opts?: ShortOrgOptions & { full?: boolean }): Promise<ShortOrgPassResult> {
  let byDoc: Map<string, Row[]>;
  let corpus: ShortOrgOptions['corpus'];
  let joinable: ShortOrgOptions['joinable'];
  if (opts?.full) byDoc = byDocument(await store.listAnnotations({ kind: 'mention' }));
  else {
    const read = await scopedRead(store, opts);
    if (!read) return { joined: 0, mentionsChanged: 0, joins: [] };
    ({ byDoc, corpus, joinable } = read);
  }
  const { full: _full, ...decision } = opts ?? {};
  const joins = shortOrgJoins(articleNames(byDoc), { ...decision, ...(corpus ? { corpus, joinable } : {}) });
  const byDocJoins = new Map<string, Map<string, ShortOrgJoin>>();
  for (const j of joins) (byDocJoins.get(j.docId) ?? byDocJoins.set(j.docId, new Map()).get(j.docId)!).set(j.from, j);
  let joined = 0;
  let mentionsChanged = 0;
  const writes = new Map<string, MentionEntityUpdate[]>();
  for (const [docId, ms] of byDoc) {
    const mine = byDocJoins.get(docId);
    const updates: MentionEntityUpdate[] = [];
    for (const a of ms) {
      const r = resolvedEntity(a);
      if (!r) continue;
      const j = a.label === 'ORG' ? mine?.get(r.entityId) : undefined;
      if (j) {
        joined++;
        // as joined before (a person's merge since set aside: it is applied again after the pass)
        if (passedEntity(a.data) === j.entityId && a.data.shortFormTo === j.entityId && a.data.shortFormFrom === r.entityId) continue;
        updates.push({ start: a.start, end: a.end, type: a.label, entityId: j.entityId, canonical: j.canonical, data: { shortFormFrom: r.entityId, shortFormCanonical: r.canonical, shortFormTo: j.entityId } });
      } else if (typeof a.data.shortFormTo === 'string' || typeof a.data.shortFormFrom === 'string') {
        // joined before, not any more (or re-resolved since): back to its own entity
        updates.push({ start: a.start, end: a.end, type: a.label, entityId: r.entityId, canonical: r.canonical, data: CLEAR });
      }
    }
    if (updates.length) writes.set(docId, updates);
    mentionsChanged += updates.length;
  }
  // every article's rewrite in a few transactions (one each cost ~10 ms of summary upkeep)
  if (writes.size) await store.updateMentionEntitiesOfDocuments(writes);
  return { joined, mentionsChanged, joins };
}
