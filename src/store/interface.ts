// The store: what Chronicle keeps, engine-agnostic. Nothing outside src/store writes SQL,
// and nothing in src/store knows how annotations are produced.
import type { Analysis, DocMeta, RemovedPart, Source, Span } from '../types.js';

/** What happened to one analysed document when it was saved. */
export type SaveOutcome =
  | { status: 'new'; docId: string; nearDuplicateOf?: string }
  | { status: 'duplicate'; docId: string }; // same clean text already stored: source added

export interface DocSummary {
  id: string;
  source: string;
  title: string;
  published: string | null;
  words: number;
}

export interface StoredAnnotation extends Span {
  kind: AnnotationKind;
  /** Type label: entity type, event type, figure qualifier, quote kind, time precision. */
  label: string;
  text: string;
  data: Record<string, unknown>;
}

export type AnnotationKind = 'mention' | 'place' | 'time' | 'event' | 'figure' | 'quote' | 'sentence';

export interface StoredDocument {
  id: string;
  sources: Source[];
  title: string;
  text: string;
  meta: DocMeta;
  removed: RemovedPart[];
  paragraphs: Span[];
  nearDuplicates: Array<{ id: string; distance: number }>;
  annotations: StoredAnnotation[];
}

export interface SearchHit {
  id: string;
  title: string;
  source: string;
  score: number;
  /** Snippet with matches wrapped in the given markers. */
  snippet: string;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Markers put around matched terms in snippets. */
  highlight?: [string, string];
}

export interface EntitySummary {
  id: string;
  /** The most frequent resolved name. */
  name: string;
  type: string;
  /** Every distinct surface form, most frequent first. */
  aliases: string[];
  mentions: number;
  documents: number;
}

export interface UserAlias {
  type: string;
  alias: string;
  canonical: string;
}

/** A user's curation decision, kept apart from extraction so re-ingesting keeps it. */
export interface Curation {
  kind: 'entity' | 'event';
  relation: 'merge' | 'split';
  /** entity: entity id; event: "docId#eventId". */
  a: string;
  /** merge: the other entity/event; entity split: the document whose mentions leave the entity; event split: "". */
  b: string;
}

export interface AnnotationQuery {
  kind: AnnotationKind;
  label?: string;
  docId?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Saves a batch of analysed documents in one transaction: all or nothing. */
  saveBatch(batch: Array<{ analysis: Analysis; contentHash: string }>): Promise<SaveOutcome[]>;
  /** True when this input location was already ingested with exactly this content. */
  hasSource(location: string, contentHash: string): Promise<boolean>;
  countDocuments(): Promise<number>;
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<DocSummary[]>;
  /** By document id, id prefix, or a source's short name (file base name). */
  getDocument(idOrName: string): Promise<StoredDocument | null>;
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  listAnnotations(q: AnnotationQuery): Promise<Array<StoredAnnotation & { docId: string }>>;
  listEntities(opts?: { type?: string; limit?: number }): Promise<EntitySummary[]>;
  addUserAlias(alias: UserAlias): Promise<void>;
  /** Ids of all documents, in ingest order (for passes over the whole corpus). */
  listDocumentIds(): Promise<string[]>;
  /** Rewrites the entity resolution of one document's mentions (after alias curation). */
  updateMentionEntities(docId: string, mentions: Array<{ start: number; end: number; type: string; entityId: string; canonical: string }>): Promise<void>;
  listUserAliases(): Promise<UserAlias[]>;
  /** Pairs of documents linked as near-duplicates (the same report on two sites), each pair once. */
  listNearDuplicatePairs(): Promise<Array<[string, string]>>;
  addCuration(c: Curation): Promise<void>;
  listCurations(kind?: Curation['kind']): Promise<Curation[]>;
  /** Points mentions of one entity at another (optionally only in one document). */
  remapEntity(fromId: string, toId: string, docId?: string): Promise<number>;
  /** Engine self-check (SQLite: PRAGMA integrity_check). */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}
