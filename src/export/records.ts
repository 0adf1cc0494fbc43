// The JSON Lines record of one stored document, and its inverse: back to the Analysis the store
// was given (annotationRows inverted), so an export can be ingested into a new knowledge base.
import { emptyAnalysis } from '../analysis.js';
import type { Analysis, DocMeta, EventRecord, Figure, Mention, Place, Quote, RemovedPart, Source, Span, TimeValue } from '../types.js';
import type { Curation, StoredAnnotation, StoredDocument, UserAlias } from '../store/interface.js';
import { checkCuration } from '../corpus/curation-rules.js';

export const RECORD_VERSION = 1;

/** What a Chronicle JSONL line says it is. */
export type RecordKind = 'document' | 'entity' | 'event' | 'figure' | 'quote' | 'claim' | 'alias' | 'curation';

export interface DocumentRecord {
  chronicle: 'document';
  version: number;
  id: string;
  title: string;
  text: string;
  sources: Source[];
  meta: DocMeta;
  removed: RemovedPart[];
  paragraphs: Span[];
  nearDuplicates: Array<{ id: string; distance: number }>;
  annotations: StoredAnnotation[];
}

export function documentRecord(doc: StoredDocument): DocumentRecord {
  return {
    chronicle: 'document',
    version: RECORD_VERSION,
    id: doc.id,
    title: doc.title,
    text: doc.text,
    sources: doc.sources,
    meta: doc.meta,
    removed: doc.removed,
    paragraphs: doc.paragraphs,
    nearDuplicates: doc.nearDuplicates,
    annotations: doc.annotations,
  };
}

/** A line's marker, or null when the line is not a Chronicle record. */
export function recordKind(value: unknown): RecordKind | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { chronicle, version } = value as { chronicle?: unknown; version?: unknown };
  if (typeof version !== 'number') return null;
  const kinds: RecordKind[] = ['document', 'entity', 'event', 'figure', 'quote', 'claim', 'alias', 'curation'];
  return kinds.find((k) => k === chronicle) ?? null;
}

/** Checks the shape a document record must have; returns what is wrong, or null. */
export function documentRecordProblem(value: Record<string, unknown>): string | null {
  if (value.version !== RECORD_VERSION) return `unsupported record version ${String(value.version)} (this Chronicle reads version ${RECORD_VERSION})`;
  for (const key of ['id', 'title', 'text'] as const) if (typeof value[key] !== 'string') return `field "${key}" must be a string`;
  if (!(value.id as string)) return 'field "id" is empty';
  for (const key of ['sources', 'removed', 'paragraphs', 'annotations'] as const) if (!Array.isArray(value[key])) return `field "${key}" must be a list`;
  if (typeof value.meta !== 'object' || value.meta === null) return 'field "meta" must be an object';
  if ((value.sources as unknown[]).length === 0) return 'a document needs at least one source';
  const length = (value.text as string).length;
  for (const [i, a] of (value.annotations as unknown[]).entries()) {
    const ann = a as Partial<StoredAnnotation> | null;
    if (!ann || typeof ann.kind !== 'string' || typeof ann.start !== 'number' || typeof ann.end !== 'number' || typeof ann.text !== 'string')
      return `annotation ${i} needs kind, start, end and text`;
    if (typeof ann.data !== 'object' || ann.data === null || Array.isArray(ann.data)) return `annotation ${i} needs data (an object)`;
    if (ann.start < 0 || ann.end < ann.start || ann.end > length) return `annotation ${i} span ${ann.start}-${ann.end} is outside the text`;
  }
  return null;
}

/** Rebuilds the Analysis a document record came from. Segmentation is not stored, so it is empty. */
export function analysisFromRecord(record: DocumentRecord): Analysis {
  const analysis: Analysis = emptyAnalysis({
    id: record.id,
    text: record.text,
    title: record.title,
    sources: record.sources,
    removed: record.removed,
    meta: record.meta,
    paragraphs: record.paragraphs,
  });
  for (const a of record.annotations) {
    const span = { start: a.start, end: a.end };
    switch (a.kind) {
      case 'mention': {
        // what extraction found: a person's corrections come back with the curation records
        const data = a.data as { entityId?: string; entityBeforeCuration?: string; canonical?: string; extractedType?: string };
        const mention: Mention = { ...span, type: (data.extractedType ?? a.label) as Mention['type'], text: a.text };
        const entityId = data.entityBeforeCuration ?? data.entityId;
        if (entityId !== undefined) mention.entityId = entityId;
        if (data.canonical !== undefined) mention.canonical = data.canonical;
        analysis.mentions.push(mention);
        break;
      }
      case 'place':
        analysis.places.push({ ...span, text: a.text, place: ((a.data as { extractedPlace?: Place }).extractedPlace ?? (a.data as { place: Place }).place) });
        break;
      case 'time':
        analysis.times.push({ ...span, text: a.text, value: (a.data as { value: TimeValue }).value });
        break;
      case 'event':
        analysis.events.push(a.data as unknown as EventRecord);
        break;
      case 'figure':
        analysis.figures.push(a.data as unknown as Figure);
        break;
      case 'quote':
        analysis.quotes.push(a.data as unknown as Quote);
        break;
      case 'sentence':
        break; // never stored today; nothing to restore
    }
  }
  return analysis;
}

/** The user's own aliases: a record after the documents, so a restore resolves names the same way. */
export function aliasProblem(value: Record<string, unknown>): string | null {
  return ['type', 'alias', 'canonical'].every((k) => typeof value[k] === 'string' && value[k]) ? null : 'an alias record needs type, alias and canonical';
}

/** The user's decisions, of every kind the API accepts: records after the documents. */
export function curationProblem(value: Record<string, unknown>): string | null {
  const checked = checkCuration(value);
  return typeof checked === 'string' ? `curation record: ${checked}` : null;
}

export const aliasOf = (v: Record<string, unknown>): UserAlias => ({ type: v.type as string, alias: v.alias as string, canonical: v.canonical as string });
/** A curation record that passed curationProblem, normalised as the API stores it. */
export function curationOf(v: Record<string, unknown>): Curation {
  const checked = checkCuration(v);
  if (typeof checked === 'string') throw new Error(checked);
  return checked;
}
