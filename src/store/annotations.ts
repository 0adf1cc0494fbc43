// Flattens an Analysis into what the store writes: uniform annotation rows (kind, label, span,
// text, data) and, for the ingest hand-over, those rows with their data already in JSON. Pure and
// free of NLP: analysis threads call it so that they post strings, not the whole object graph
// (cloned field by field on both sides of the hand-over).
import type { Analysis, Doc } from '../types.js';
import type { AnnotationKind } from './interface.js';

export interface AnnotationRow {
  kind: AnnotationKind;
  label: string;
  start: number;
  end: number;
  text: string;
  data: object;
  entityId?: string;
}

/** An annotation row as written: `dataJson` is the stored data; `data` holds only what the summaries read. */
export interface StorageRow {
  kind: AnnotationKind;
  label: string;
  start: number;
  end: number;
  text: string;
  dataJson: string;
  entityId?: string;
  data: Record<string, unknown>;
}

/** A document ready to save: its fields and its annotation rows. */
export interface StorableDocument {
  doc: Doc;
  rows: StorageRow[];
}

export function annotationRows(a: Analysis): AnnotationRow[] {
  const rows: AnnotationRow[] = [];
  const textOf = (start: number, end: number) => a.doc.text.slice(start, end);
  for (const m of a.mentions)
    // title and family name are what re-resolution (after alias curation) needs besides the text
    rows.push({ kind: 'mention', label: m.type, start: m.start, end: m.end, text: m.text, data: { entityId: m.entityId, canonical: m.canonical, ...(m.title ? { title: m.title } : {}), ...(m.familyName ? { familyName: m.familyName } : {}) }, entityId: m.entityId });
  for (const p of a.places)
    rows.push({ kind: 'place', label: p.place.kind, start: p.start, end: p.end, text: p.text, data: { place: p.place } });
  for (const t of a.times)
    rows.push({ kind: 'time', label: t.value.precision, start: t.start, end: t.end, text: t.text, data: { value: t.value } });
  for (const e of a.events) {
    const { sentence } = e;
    rows.push({ kind: 'event', label: e.type, start: sentence.start, end: sentence.end, text: textOf(sentence.start, sentence.end), data: e });
  }
  // Figures keep their sentence's text: claim grouping reads what is counted from it without the document.
  for (const f of a.figures)
    rows.push({ kind: 'figure', label: f.qualifier, start: f.start, end: f.end, text: f.text, data: { ...f, sentenceText: textOf(f.sentence.start, f.sentence.end) } });
  for (const q of a.quotes) rows.push({ kind: 'quote', label: q.kind, start: q.start, end: q.end, text: q.text, data: q });
  return rows;
}

/** The document and its rows as the store writes them. */
export function storableDocument(a: Analysis): StorableDocument {
  return { doc: a.doc, rows: annotationRows(a).map(storageRow) };
}

function storageRow(row: AnnotationRow): StorageRow {
  const data = row.data as Record<string, unknown>;
  const out: StorageRow = { kind: row.kind, label: row.label, start: row.start, end: row.end, text: row.text, dataJson: JSON.stringify(data), data: summaryData(row.kind, data) };
  if (row.entityId !== undefined) out.entityId = row.entityId;
  return out;
}

/** The data fields the summaries read (see addDocument in summaries.ts): none for kinds they skip. */
function summaryData(kind: AnnotationKind, data: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'mention' || kind === 'place') return data;
  if (kind === 'quote') return { speaker: data.speaker, speakerSpan: data.speakerSpan };
  return {};
}
