// Walks the stored documents an export covers, one page at a time, so memory stays flat however
// large the corpus: only a page of ids and one document with its annotations are held at once.
import type { Store, StoredDocument } from '../store/interface.js';

export interface ExportFilters {
  /** Only these documents (ids, id prefixes or source names). */
  docs?: string[];
  /** Only events of this type (documents: those reporting one). */
  eventType?: string;
  /** Only entities of this type (documents: those mentioning one). */
  entityType?: string;
}

const PAGE = 200;

/** How many documents a walk will visit at most (for the progress bar). */
export async function documentTotal(store: Store, filters: ExportFilters): Promise<number> {
  return filters.docs?.length ?? (await store.countDocuments());
}

/** Every document in scope of --doc, in ingest order; unknown --doc values are an error up front. */
export async function* walkDocuments(store: Store, filters: ExportFilters): AsyncGenerator<StoredDocument> {
  if (filters.docs?.length) {
    const seen = new Set<string>();
    for (const key of filters.docs) {
      const doc = await store.getDocument(key);
      if (!doc) throw new Error(`no document "${key}" (give an id, an id prefix or a source name)`);
      if (seen.has(doc.id)) continue;
      seen.add(doc.id);
      yield doc;
    }
    return;
  }
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    for (const summary of page) {
      const doc = await store.getDocument(summary.id);
      if (doc) yield doc;
    }
    if (page.length < PAGE) return;
  }
}

/** Checks --doc values name documents before a corpus-wide pass starts. */
export async function resolveDocIds(store: Store, filters: ExportFilters): Promise<Set<string> | null> {
  if (!filters.docs?.length) return null;
  const ids = new Set<string>();
  for (const key of filters.docs) {
    const doc = await store.getDocument(key);
    if (!doc) throw new Error(`no document "${key}" (give an id, an id prefix or a source name)`);
    ids.add(doc.id);
  }
  return ids;
}

/** Whether a document passes --event-type / --entity-type (it reports such an event / names such an entity). */
export function documentMatches(doc: StoredDocument, filters: ExportFilters): boolean {
  if (filters.eventType && !doc.annotations.some((a) => a.kind === 'event' && a.label === filters.eventType)) return false;
  if (filters.entityType && !doc.annotations.some((a) => a.kind === 'mention' && a.label === filters.entityType)) return false;
  return true;
}
