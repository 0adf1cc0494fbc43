// Whole stored documents: the JSON Lines form restores a knowledge base (see ../restore.ts).
import type { StoredDocument } from '../../store/interface.js';
import { csvDate, joinValues } from '../csv.js';
import { documentMatches, documentTotal, walkDocuments } from '../documents.js';
import { documentRecord } from '../records.js';
import { defineTable } from './table.js';

export const documentsTable = defineTable<StoredDocument>({
  kind: 'document',
  async *items({ store, filters, progress }) {
    progress.setTotal(await documentTotal(store, filters));
    for await (const doc of walkDocuments(store, filters)) {
      progress.tick();
      if (documentMatches(doc, filters)) yield doc;
    }
  },
  record: documentRecord,
  // The user's aliases and merge/split decisions belong to the knowledge base too; a full
  // export carries them so a restore resolves and merges the same way.
  async *trailer({ store, filters }) {
    if (filters.docs?.length || filters.eventType || filters.entityType) return;
    for (const a of await store.listUserAliases()) yield { kind: 'alias', record: a };
    for (const c of await store.listCurations()) yield { kind: 'curation', record: c };
  },
  columns: ['id', 'title', 'published', 'date_precision', 'publisher', 'authors', 'dateline', 'url', 'sources', 'near_duplicates', 'annotations', 'text'],
  rows: (doc) => [
    [
      doc.id,
      doc.title,
      csvDate(doc.meta.published.value),
      doc.meta.published.precision,
      doc.meta.publisher,
      joinValues(doc.meta.authors),
      doc.meta.dateline?.text,
      doc.meta.url ?? doc.sources.find((s) => s.url)?.url,
      joinValues(doc.sources.map((s) => s.location)),
      joinValues(doc.nearDuplicates.map((d) => d.id)),
      doc.annotations.length,
      doc.text,
    ],
  ],
});
