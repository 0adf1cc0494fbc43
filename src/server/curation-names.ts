// What a person's entity decisions are about, in words: a merge or split names entities and an
// article by id, and a page listing the decision ("Merged ent_5935f2e3 into this entity") should
// say "Merged Congo into this entity", "Split off the mentions in “Fire at the depot”".
import type { Curation, Store } from '../store/interface.js';

/** Names for the ids in entity decisions: entity names by key, article titles by id. */
export interface CurationNames {
  entities: Map<string, string>;
  documents: Map<string, string>;
}

export async function curationNames(store: Store, curations: Curation[]): Promise<CurationNames> {
  const merges = curations.filter((c) => c.kind === 'entity' && c.relation === 'merge');
  const splits = curations.filter((c) => c.kind === 'entity' && c.relation === 'split');
  const entities = new Map<string, string>();
  const keys = [...new Set([...merges.flatMap((c) => [c.a, c.b]), ...splits.map((c) => c.a)])];
  if (keys.length) for (const e of (await store.queryEntities({ keys, limit: keys.length })).items) entities.set(e.key, e.name);
  // An entity merged away has no mentions of its own any more: its name is what the mentions it
  // had are called (they keep the entity they had before the decision).
  const gone = new Set(keys.filter((k) => !entities.has(k)));
  if (gone.size)
    for (const m of await store.mentionEntitiesOfDocuments(await store.documentsWithCuratedMentions())) {
      const before = m.data.entityBeforeCuration;
      if (typeof before === 'string' && gone.has(before) && !entities.has(before))
        entities.set(before, typeof m.data.canonical === 'string' ? m.data.canonical : m.text);
    }
  // every split article's title in one read, not one document read per split
  const ids = [...new Set(splits.map((c) => c.b))];
  const documents = new Map<string, string>();
  if (ids.length) for (const d of await store.documentSummaries(ids)) documents.set(d.id, d.title);
  return { entities, documents };
}
