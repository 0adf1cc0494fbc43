// What the organisation short-form pass reads when it need not read every mention: the articles of
// the families that could join (an organisation name that starts a longer one, written alone in
// enough articles, and those longer names) and those holding a join, with the rarity weights'
// counts from the store's summaries, corrected for the joins they reflect. shortOrgJoins over these
// articles with those counts decides as over the whole corpus (see joinableFamilies).
import type { EntityType } from '../../types.js';
import type { Store, StoredAnnotation } from '../../store/interface.js';
import { mentionKey } from '../../store/keys.js';
import { joinableFamilies, shortFormFamilies, type CorpusCounts, type ShortOrgOptions } from './short-orgs.js';

export type Row = StoredAnnotation & { docId: string };

export const byDocument = (rows: Row[]): Map<string, Row[]> => {
  const byDoc = new Map<string, Row[]>();
  for (const a of rows) (byDoc.get(a.docId) ?? byDoc.set(a.docId, []).get(a.docId)!).push(a);
  return byDoc;
};

/** The entity the corpus passes left on a stored mention: a person's merge or split set aside
 *  (curations are applied again after the passes, so the passes never read their own output through them). */
export function passedEntity(d: Record<string, unknown>): string | null {
  if (typeof d.entityBeforeCuration === 'string') return d.entityBeforeCuration;
  return typeof d.entityId === 'string' ? d.entityId : null;
}

/** What the bare-name pass (short-name-pass.ts) joined a mention now of `entityId` from; null when it
 *  did not, or when resolution wrote a new id since (leaving the marks stale). */
export function beforeBareNameJoin(a: StoredAnnotation, entityId: string): { entityId: string; canonical: string } | null {
  const d = a.data;
  if (typeof d.shortNameFrom !== 'string' || d.shortNameTo !== entityId) return null;
  return { entityId: d.shortNameFrom, canonical: typeof d.shortNameCanonical === 'string' ? d.shortNameCanonical : a.text };
}

/** The entity a stored mention had from resolution, before any join of this pass and any curation. */
export function resolvedEntity(a: StoredAnnotation): { entityId: string; canonical: string } | null {
  const d = a.data;
  const entityId = passedEntity(d);
  if (entityId === null) return null;
  // a bare name the later bare-name pass joined: as resolution left it
  const bare = beforeBareNameJoin(a, entityId);
  if (bare) return bare;
  // joined and not re-resolved since (a re-resolution writes a new id and leaves shortFormTo stale)
  if (typeof d.shortFormTo === 'string' && d.shortFormTo === entityId && typeof d.shortFormFrom === 'string') {
    return { entityId: d.shortFormFrom, canonical: typeof d.shortFormCanonical === 'string' ? d.shortFormCanonical : a.text };
  }
  return { entityId, canonical: typeof d.canonical === 'string' ? d.canonical : a.text };
}

/** The mentions of the articles a join could concern, with the corpus's counts; null: none to read. */
export async function scopedRead(store: Store, opts?: ShortOrgOptions): Promise<{ byDoc: Map<string, Row[]>; corpus: CorpusCounts; joinable: Set<string> } | null> {
  // articles holding a join or a person's merge or split: their entities as resolution left them
  // are not the summaries' (few)
  const joinedDocs = [...new Set([...(await store.documentsWithShortForms()), ...(await store.documentsWithCuratedMentions())])].sort();
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
  // the articles counted: those naming an entity (the full pass counts those with a mention: the
  // same but for a mention with neither entity nor a letter in its name)
  const { documents: articles, frequencies } = await store.entityDocumentFrequencies([...ids]);
  // the summaries count a joined article under the full name: count it as resolution left it
  const documents = new Map(frequencies);
  for (const ms of joinedRows.values()) {
    for (const key of new Set(ms.flatMap((a) => mentionKey(a) ?? []))) documents.set(key, (documents.get(key) ?? 0) - 1);
    for (const id of new Set(ms.flatMap((a) => resolvedEntity(a)?.entityId ?? []))) documents.set(id, (documents.get(id) ?? 0) + 1);
  }
  return { byDoc, corpus: { articles, documents }, joinable };
}

