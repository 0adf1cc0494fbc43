// The organisation short-form pass over a store, run after the corpus type pass: reads the stored
// mentions' entities as resolution left them, lets shortOrgJoins decide, and moves or restores the
// short forms' mentions. A joined mention keeps what it was joined from (shortFormFrom,
// shortFormCanonical) and to (shortFormTo), so a later pass sees the corpus as resolution left it
// and undoes a join the corpus no longer supports.
// Scoped, with the whole corpus's result: only the articles of the candidate families (an
// organisation name that starts a longer one, and those longer ones) and those holding a join are
// read; the rarity weights' counts come from the store's summaries, corrected for the joins they
// reflect. A corpus with no family and no join reads no mention at all.
import type { EntityType } from '../../types.js';
import type { MentionEntityUpdate, Store, StoredAnnotation } from '../../store/interface.js';
import { mentionKey } from '../../store/keys.js';
import { joinableFamilies, shortFormFamilies, shortOrgJoins, type ArticleNames, type ShortOrgJoin, type ShortOrgOptions } from './short-orgs.js';

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

type Row = StoredAnnotation & { docId: string };

const byDocument = (rows: Row[]) => {
  const byDoc = new Map<string, Row[]>();
  for (const a of rows) (byDoc.get(a.docId) ?? byDoc.set(a.docId, []).get(a.docId)!).push(a);
  return byDoc;
};

const articleNames = (byDoc: Map<string, Row[]>): ArticleNames[] =>
  [...byDoc].map(([docId, ms]) => ({
    docId,
    mentions: ms.flatMap((a) => {
      const r = resolvedEntity(a);
      return r ? [{ start: a.start, type: a.label as EntityType, ...r }] : [];
    }),
  }));

/** The mentions of the articles a join could concern, with the corpus's counts; null: none to read. */
async function scopedRead(store: Store, opts?: ShortOrgOptions): Promise<{ byDoc: Map<string, Row[]>; corpus: NonNullable<ShortOrgOptions['corpus']> } | null> {
  // articles holding a join: their entities as resolution left them are not the summaries' (few)
  const joinedDocs = await store.documentsWithShortForms();
  const joinedRows = byDocument(joinedDocs.length ? await store.mentionEntitiesOfDocuments(joinedDocs) : []);
  const names = await store.entityNamesWithLabel('ORG');
  for (const ms of joinedRows.values())
    for (const a of ms) {
      const r = a.label === 'ORG' ? resolvedEntity(a) : null;
      if (r) names.push({ key: r.entityId, name: r.canonical });
    }
  const family = shortFormFamilies(names);
  if (!family.size && !joinedRows.size) return null;
  // the families' own mentions (as resolution left them) tell which could join at all
  const members = (await store.mentionsOfEntities([...family])).filter((m) => !joinedRows.has(m.docId));
  for (const [docId, ms] of joinedRows)
    for (const a of ms) {
      const r = resolvedEntity(a);
      if (r && family.has(r.entityId)) members.push({ docId, start: a.start, label: a.label, ...r });
    }
  const joinable = joinableFamilies(members.map((m) => ({ docId: m.docId, start: m.start, type: m.label as EntityType, entityId: m.entityId, canonical: m.canonical })), opts);
  if (!joinable.size && !joinedRows.size) return null;
  const docs = (await store.documentsNamingEntities([...joinable])).filter((d) => !joinedRows.has(d));
  const byDoc = byDocument([...(await store.mentionEntitiesOfDocuments(docs)), ...[...joinedRows.values()].flat()].sort((x, y) => (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : 0)));
  const ids = new Set<string>();
  for (const ms of byDoc.values()) for (const a of ms) if (typeof a.data.entityId === 'string') ids.add(a.data.entityId);
  for (const ms of joinedRows.values()) for (const a of ms) { const r = resolvedEntity(a); if (r) ids.add(r.entityId); }
  const { documents: articles, frequencies } = await store.entityDocumentFrequencies([...ids]);
  // the summaries count a joined article under the full name: count it as resolution left it
  const documents = new Map(frequencies);
  for (const ms of joinedRows.values()) {
    for (const key of new Set(ms.flatMap((a) => mentionKey(a) ?? []))) documents.set(key, (documents.get(key) ?? 0) - 1);
    for (const id of new Set(ms.flatMap((a) => resolvedEntity(a)?.entityId ?? []))) documents.set(id, (documents.get(id) ?? 0) + 1);
  }
  return { byDoc, corpus: { articles, documents } };
}

/**
 * The corpus's short-form joins written to the store. `full`: read every mention and count over
 * them (the reference the scoped pass is tested against; the same stored result).
 */
export async function joinShortOrgsInStore(store: Store, opts?: ShortOrgOptions & { full?: boolean }): Promise<ShortOrgPassResult> {
  let byDoc: Map<string, Row[]>;
  let corpus: ShortOrgOptions['corpus'];
  if (opts?.full) byDoc = byDocument(await store.listAnnotations({ kind: 'mention' }));
  else {
    const read = await scopedRead(store, opts);
    if (!read) return { joined: 0, mentionsChanged: 0, joins: [] };
    ({ byDoc, corpus } = read);
  }
  const joins = shortOrgJoins(articleNames(byDoc), { ...opts, ...(corpus ? { corpus } : {}) });
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
