// Flattens an Analysis into uniform annotation rows (kind, label, span, text, data) for storage.
import type { Analysis } from '../types.js';
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

export function annotationRows(a: Analysis): AnnotationRow[] {
  const rows: AnnotationRow[] = [];
  const textOf = (start: number, end: number) => a.doc.text.slice(start, end);
  for (const m of a.mentions)
    // title, family name and the dateline mark are what re-resolution (after alias curation or a
    // corpus pass) needs besides the text;
    // the type vote is what the corpus pass after ingest counts
    rows.push({ kind: 'mention', label: m.type, start: m.start, end: m.end, text: m.text, data: { entityId: m.entityId, canonical: m.canonical, ...(m.title ? { title: m.title } : {}), ...(m.familyName ? { familyName: m.familyName } : {}), ...(m.relativeOf ? { relativeOf: m.relativeOf } : {}), ...(m.nicknameOf ? { nicknameOf: m.nicknameOf } : {}), ...(m.expands ? { expands: m.expands } : {}), ...(m.dateline ? { dateline: true } : {}), ...(m.role ? { role: m.role } : {}), ...(m.typeVote ? { typeVote: m.typeVote } : {}) }, entityId: m.entityId });
  for (const p of a.places)
    rows.push({ kind: 'place', label: p.place.kind, start: p.start, end: p.end, text: p.text, data: { place: p.place } });
  for (const t of a.times)
    rows.push({ kind: 'time', label: t.value.precision, start: t.start, end: t.end, text: t.text, data: { value: t.value } });
  for (const e of a.events) {
    const { sentence } = e;
    rows.push({ kind: 'event', label: e.type, start: sentence.start, end: sentence.end, text: textOf(sentence.start, sentence.end), data: e });
  }
  // Figures keep their sentence's text: claim grouping reads what is counted from it without the document.
  // A headline's figure the body restates is one figure, the body's (figures/headline.ts).
  for (const f of a.figures)
    if (!f.restatedBy) rows.push({ kind: 'figure', label: f.qualifier, start: f.start, end: f.end, text: f.text, data: { ...f, sentenceText: textOf(f.sentence.start, f.sentence.end) } });
  for (const q of a.quotes) rows.push({ kind: 'quote', label: q.kind, start: q.start, end: q.end, text: q.text, data: q });
  return rows;
}
