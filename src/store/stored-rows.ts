// Rows as both engines select them (JSON columns still text) into the Store's records: one
// reading of a document row and of an annotation's data, whichever engine selected them.
import type { Source } from '../types.js';
import type { StoredAnnotation, StoredDocument } from './interface.js';

/** The columns of a document row that make a StoredDocument. */
export interface DocumentRow {
  id: string;
  title: string;
  text: string;
  meta_json: string;
  removed_json: string;
  paragraphs_json: string;
}

export function storedDocument(row: DocumentRow, sources: Source[], nearDuplicates: StoredDocument['nearDuplicates'], annotations: StoredAnnotation[]): StoredDocument {
  return {
    id: row.id,
    sources,
    title: row.title,
    text: row.text,
    meta: JSON.parse(row.meta_json),
    removed: JSON.parse(row.removed_json),
    paragraphs: JSON.parse(row.paragraphs_json),
    nearDuplicates,
    annotations,
  };
}

/** A row with its `data_json` read. */
export function withData<R extends { data_json: string }>({ data_json, ...row }: R): Omit<R, 'data_json'> & { data: Record<string, unknown> } {
  return { ...row, data: JSON.parse(data_json) as Record<string, unknown> };
}

/** An annotation row selected with its document: `doc_id` as `docId`, and its `data_json` read. */
export function withDocIdAndData<R extends { doc_id: string; data_json: string }>({ doc_id, data_json, ...row }: R): Omit<R, 'doc_id' | 'data_json'> & { docId: string; data: Record<string, unknown> } {
  return { ...row, docId: doc_id, data: JSON.parse(data_json) as Record<string, unknown> };
}
