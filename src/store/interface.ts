// The store: what Chronicle keeps, engine-agnostic. Nothing outside src/store writes SQL,
// and nothing in src/store knows how annotations are produced.
import type { ParsedQuery } from './fts-query.js';
import { normaliseForId } from '../text-identity.js';
import type { Analysis, DocMeta, Place, RemovedPart, Source, Span } from '../types.js';

/** What happened to one analysed document when it was saved. */
export type SaveOutcome =
  | { status: 'new'; docId: string; nearDuplicateOf?: string }
  // same clean text already stored: source added. `otherForm`: the stored text differs from this one only
  // in what a document id ignores (Unicode form, case, spacing, line breaks): the stored text and its
  // annotations are kept as they are, this copy's source is recorded against them.
  | { status: 'duplicate'; docId: string; otherForm?: true };

export interface DocSummary {
  id: string;
  source: string;
  title: string;
  published: string | null;
  words: number;
}

/** The orders the document list offers: as ingested, newest first (undated last), by title, by publisher (unknown last). */
export const DOCUMENT_ORDERS = ['added', 'date', 'title', 'publisher'] as const;
export type DocumentOrder = (typeof DOCUMENT_ORDERS)[number];

/** A row of the document list: its summary and the publisher extraction found (null when none). */
export interface DocListing extends DocSummary {
  publisher: string | null;
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
  /** false: no snippets (empty strings), much cheaper for long hit lists. */
  snippets?: boolean;
  /** false: sources are left empty, cheaper for long hit lists (each is a lookup). */
  sources?: boolean;
  /** Only these documents (e.g. to add snippets to one page of hits); their scores may be 0 (not ranked). */
  ids?: string[];
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
  kind: 'entity' | 'event' | 'document' | 'collection' | 'place' | 'claim';
  /** merge/split: entities and events; type: an entity's type; date/outlet: a document's, or (date) a
   *  collection's; referent: what a place name refers to; dismiss: a claim group that is not one quantity. */
  relation: 'merge' | 'split' | 'type' | 'date' | 'outlet' | 'referent' | 'dismiss';
  /** entity: entity id; event: "docId#eventId"; document: its id; collection: a source path prefix (folder);
   *  place: the place key as extracted (its gazetteer ref); claim: the claim group id. */
  a: string;
  /** merge: the other entity/event; entity split: the document whose mentions leave the entity; event split: "";
   *  type: PER, ORG, LOC or MISC; date: an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); outlet: the outlet's name;
   *  referent: the place meant, as JSON (a Place); dismiss: the group's name when dismissed (display only). */
  b: string;
}

/** The data keys mentionEntitiesOfDocuments reads: the entity, what a short-form or body country
 *  join moved, and the entity a person's merge or split moved it from. */
export const RESOLUTION_KEYS = ['entityId', 'canonical', 'shortFormFrom', 'shortFormCanonical', 'shortFormTo', 'bodyCountryFrom', 'bodyCountryTo', 'entityBeforeCuration'] as const;

/** RESOLUTION_KEYS' values, as read in that order, as a mention's data (absent when null). */
export function resolutionData(values: readonly unknown[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  RESOLUTION_KEYS.forEach((k, i) => {
    if (values[i] !== null && values[i] !== undefined) data[k] = values[i];
  });
  return data;
}

export interface EntityMentionRow {
  docId: string;
  start: number;
  label: string;
  entityId: string;
  canonical: string;
}

export interface MentionEntityUpdate {
  start: number;
  end: number;
  type: string;
  entityId: string;
  canonical: string;
  data?: Record<string, string | null>;
}

export interface AnnotationQuery {
  kind: AnnotationKind;
  label?: string;
  docId?: string;
  limit?: number;
  offset?: number;
}

export interface EntityDocumentQuery {
  with?: string;
  sort: 'date' | 'mentions' | 'title';
  limit: number;
  offset: number;
}

export interface EntityDocumentRow {
  docId: string;
  title: string;
  published: string | null;
  mentions: number;
}

/** An entity as the summaries keep it (maintained at save time). */
export interface EntityRow {
  key: string;
  /** The most frequent resolved name. */
  name: string;
  /** The label most mentions carry. */
  type: string;
  mentions: number;
  documents: number;
}

export interface EntityQuery {
  types?: string[];
  /** Only entities whose normalised name contains this (normalised) text. */
  contains?: string;
  /** Only entities whose normalised name has each of these (normalised) words as a whole word. */
  words?: string[];
  keys?: string[];
  minMentions?: number;
  /** Order: by articles naming them (the default: most first, then mentions, then name), by
   *  mentions (most first), by name (A to Z) or by type (then by articles). */
  sort?: EntitySort;
  limit?: number;
  offset?: number;
}

export const ENTITY_SORTS = ['articles', 'mentions', 'name', 'type'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

export interface PlaceRow {
  key: string;
  place: Place;
  mentions: number;
  documents: number;
  /** The entity named at the place's first mention. */
  entity: string | null;
}

export interface QuoteRow extends StoredAnnotation {
  docId: string;
  /** The speaker's entity key (the mention exactly at the speaker span, else the pipeline's link, else the unresolved PER key of the name). */
  speakerEntity: string | null;
}

export interface QuoteQuery {
  speakerEntity?: string;
  /** Any of these entity keys (with speakerName: either matches); an empty list matches no entity. */
  speakerEntities?: string[];
  /** Normalised speaker name. */
  speakerName?: string;
  docId?: string;
  limit?: number;
  offset?: number;
}

export interface CorpusCounts {
  documents: number;
  entities: number;
  places: number;
  annotations: Record<AnnotationKind, number>;
}

export interface DocFacets {
  docId: string;
  published: string | null;
  entities: string[];
  eventTypes: string[];
}

export interface Counted<T> {
  total: number;
  items: T[];
}

export interface Store {
  /** Where the store lives (file path or URL), when another connection can open it; absent for in-memory stores. */
  readonly location?: string;
  /** Saves a batch of analysed documents in one transaction: all or nothing. */
  saveBatch(batch: Array<{ analysis: Analysis; contentHash: string }>): Promise<SaveOutcome[]>;
  /** True when this input location was already ingested with exactly this content. */
  hasSource(location: string, contentHash: string): Promise<boolean>;
  countDocuments(): Promise<number>;
  /** One page of the documents in `order` (default 'added'); ties keep ingest order. */
  listDocuments(opts?: { limit?: number; offset?: number; order?: DocumentOrder }): Promise<DocListing[]>;
  /** By document id, id prefix, or a source's short name (file base name). */
  getDocument(idOrName: string): Promise<StoredDocument | null>;
  /** A document's clean text by exact id (null when absent): no annotations read. */
  documentText(id: string): Promise<string | null>;
  /** The clean texts of these documents by exact id, in one read (ids not stored are left out). */
  documentTexts(ids: string[]): Promise<Map<string, string>>;
  /** Best first; a query matching more than RANKED_MATCHES documents ranks its most recently added RANKED_MATCHES.
   *  The query as typed, or parsed with its words' inflections (src/search-words.ts searchQuery). */
  search(query: string | ParsedQuery, opts?: SearchOptions): Promise<SearchHit[]>;
  /** Those of these lower-case words that the full-text index holds (some document's title or text
   *  has the word), in the order given: a search says which of the forms it took in the corpus has,
   *  never a made-up one ("sayed"). One index look-up per word. */
  indexedWords(words: string[]): Promise<string[]>;
  listAnnotations(q: AnnotationQuery): Promise<Array<StoredAnnotation & { docId: string }>>;
  /** The distinct type-vote keys (data.typeVote.key) of these documents' mentions: the names they vote on. */
  typeVoteKeys(docIds: string[]): Promise<string[]>;
  /** Every mention, in any document, whose type vote has one of these keys (by index: the corpus type
   *  pass after an ingest reads these, not the whole corpus). */
  mentionsWithTypeVoteKeys(keys: string[]): Promise<Array<StoredAnnotation & { docId: string }>>;
  /** Every mention of these documents, in document then text order (by index), with only the data
   *  of its entity (RESOLUTION_KEYS): parsing every mention's whole data was most of a read's cost. */
  mentionEntitiesOfDocuments(docIds: string[]): Promise<Array<StoredAnnotation & { docId: string }>>;
  /** Documents with a mention that a short-form join moved (data.shortFormFrom or shortFormTo set), by index. */
  documentsWithShortForms(): Promise<string[]>;
  /** Documents with a mention that a person's merge or split moved (data.entityBeforeCuration set), by index. */
  documentsWithCuratedMentions(): Promise<string[]>;
  /** From the summaries: each entity some mention labels `label`, with every resolved name its mentions carry. */
  entityNamesWithLabel(label: string): Promise<Array<{ key: string; name: string }>>;
  /** From the summaries: the documents naming any of these entities (keys), and per key in how many
   *  documents it is named (absent: none); `documents`: how many documents name any entity at all. */
  entityDocumentFrequencies(keys: string[]): Promise<{ documents: number; frequencies: Map<string, number> }>;
  documentsNamingEntities(keys: string[]): Promise<string[]>;
  /** The mentions of these entities (by index), narrow: place, label, entity id and resolved name (data.canonical, else the text). */
  mentionsOfEntities(ids: string[]): Promise<EntityMentionRow[]>;
  /** The annotations of one kind starting at these places ([docId, start]), by index: no document read whole. */
  annotationsAt(kind: AnnotationKind, refs: Array<[string, number]>): Promise<Array<StoredAnnotation & { docId: string }>>;
  /** Every annotation of one kind in these documents, in document then text order, in one read (by index):
   *  a listing that needs, say, the quotes of each article it shows reads them together, not one query per article. */
  annotationsOfDocuments(kind: AnnotationKind, docIds: string[]): Promise<Array<StoredAnnotation & { docId: string }>>;
  listEntities(opts?: { type?: string; limit?: number }): Promise<EntitySummary[]>;
  addUserAlias(alias: UserAlias): Promise<void>;
  /** Ids of all documents, in ingest order (for passes over the whole corpus). */
  listDocumentIds(): Promise<string[]>;
  /** Rewrites the entity resolution of one document's mentions (after alias curation or corpus typing);
   *  `data`: keys set in each one's data as well (a null removes the key). The entity written is the
   *  passes' own, before curation: data.entityBeforeCuration is removed (curations are applied again after). */
  updateMentionEntities(docId: string, mentions: MentionEntityUpdate[]): Promise<void>;
  /** The same for many documents at once: their summaries refreshed in one delta per chunk of
   *  documents and one transaction each, not one per document (a corpus pass rewrites hundreds). */
  updateMentionEntitiesOfDocuments(updates: ReadonlyMap<string, MentionEntityUpdate[]>): Promise<void>;
  /** Documents saved whose after-ingest corpus passes have not finished (a save is all or nothing,
   *  the passes after it are not: an ingest killed in between leaves its documents here). */
  pendingPassDocuments(): Promise<string[]>;
  /** Whether a document still waiting for those passes came from this input location or one under this
   *  folder (`location` exactly, or starting with `folder`; by index, however many documents wait). */
  hasPendingSourceUnder(location: string, folder: string): Promise<boolean>;
  /** The after-ingest passes covered these documents: forget them. */
  passesDone(docIds: string[]): Promise<void>;
  listUserAliases(): Promise<UserAlias[]>;
  /** Forgets a user alias (undo); true when it was stored. Mentions are re-resolved by the caller. */
  removeUserAlias(alias: UserAlias): Promise<boolean>;
  /** Rewrites what place annotations refer to (after place curation), in one transaction; `data` replaces each one's data. */
  updatePlaceAnnotations(places: Array<{ docId: string; start: number; end: number; data: { place: Place } & Record<string, unknown> }>): Promise<void>;
  /** Pairs of documents linked as near-duplicates (the same report on two sites), each pair once. */
  listNearDuplicatePairs(): Promise<Array<[string, string]>>;
  addCuration(c: Curation): Promise<void>;
  listCurations(kind?: Curation['kind']): Promise<Curation[]>;
  /** Forgets a curation decision (undo); true when it was stored. */
  removeCuration(c: Curation): Promise<boolean>;
  /** Gives every mention of an entity this type label, keeping the extracted one as data.extractedType;
   *  null: back to the extracted type. */
  retypeEntity(entityId: string, type: string | null): Promise<number>;
  /** Points mentions of one entity at another (optionally only in one document), keeping the entity
   *  they had before any curation as data.entityBeforeCuration (the corpus passes read that one). */
  remapEntity(fromId: string, toId: string, docId?: string): Promise<number>;
  /** A number that changes with every write that changes what is stored (cheap: one row). */
  generation(): Promise<number>;
  counts(): Promise<CorpusCounts>;
  countAnnotations(q: { kind: AnnotationKind; label?: string; docId?: string }): Promise<number>;
  /** Entities from the summaries, most documents first (then mentions, name). */
  queryEntities(q: EntityQuery): Promise<Counted<EntityRow>>;
  /** Surface forms of an entity, most frequent first. */
  entityAliases(key: string): Promise<Array<{ text: string; count: number }>>;
  /** Every entity's surface forms whose text, with A–Z lowercased (only those, on every engine), contains
   *  `text`: candidates for a name a person types, which the caller checks exactly (one scan, no cap). */
  aliasesContaining(text: string): Promise<Array<{ key: string; text: string }>>;
  /** Documents mentioning an entity, in document-id order, with how many times. */
  entityDocuments(key: string, limit?: number): Promise<Array<{ docId: string; mentions: number }>>;
  /**
   * One page of the documents naming an entity (and `with`, when given: mentions then add up), by
   * stored publication date (newest first, then most mentions), by mentions (then newest) or by
   * title (code-point order); ties by document id. Sorted and cut by the engine.
   */
  entityDocumentPage(key: string, q: EntityDocumentQuery): Promise<Counted<EntityDocumentRow>>;
  /** Entities sharing the most documents with this one. */
  coMentioned(key: string, limit: number): Promise<Array<EntityRow & { shared: number }>>;
  /** How often each pair of these entities is named close together (each pair once, a < b). */
  nearLinks(keys: string[]): Promise<Array<{ a: string; b: string; weight: number }>>;
  documentSummaries(ids: string[]): Promise<DocSummary[]>;
  /** Per document: publication date, entity keys (left empty when entities is false), event types (for search facets). */
  documentFacets(ids: string[], opts?: { entities?: boolean }): Promise<DocFacets[]>;
  /** The entities named by most of these documents, with how many name each: most first, then by key. */
  entityDocumentCounts(ids: string[], limit: number): Promise<Array<{ key: string; documents: number }>>;
  /** Places, most mentioned first; nameNorm: only places whose normalised name is this. */
  queryPlaces(q: { nameNorm?: string; limit?: number; offset?: number }): Promise<Counted<PlaceRow>>;
  /** Documents mentioning a place, in document-id order. */
  placeDocuments(key: string, limit: number): Promise<Array<{ id: string; title: string }>>;
  /** The first `limitEach` documents (in document-id order) of each of several places, in one query. */
  placeDocumentLists(keys: string[], limitEach: number): Promise<Array<{ key: string; id: string; title: string }>>;
  queryQuotes(q: QuoteQuery): Promise<Counted<QuoteRow>>;
  /** Recomputes every summary from the annotations (a repair; saves keep them current). */
  rebuildSummaries(): Promise<void>;
  /** Runs a corpus-wide pass (read, decide, rewrite) with no other process's pass in between, where
   *  several processes write one store (PostgreSQL workers); absent: the caller is the only writer. */
  exclusively?<T>(fn: () => Promise<T>): Promise<T>;
  /** Engine self-check (SQLite: PRAGMA integrity_check). */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

/** A search stopped because it ran past the store's time budget (the caller may say "try again"). */
export class SearchTimeoutError extends Error {
  constructor(ms: number) {
    super(`the search ran longer than ${ms} ms and was stopped; try fewer or rarer words`);
  }
}

/**
 * A save gave an id that is already stored with other text, not merely the same text in another
 * Unicode form, case or spacing (that is a duplicate): ids name one text, so it is refused.
 */
export class DocumentConflictError extends Error {
  constructor(readonly docId: string) {
    super(`document id ${docId} is already stored with different text; not merged`);
  }
}

/** Whether a text that gave a stored document's id is that document re-saved (the same text up to what
 *  the id ignores: Unicode form, case, spacing) rather than another text that happens to share the id. */
export function sameUpToIdForm(stored: string, text: string): boolean {
  return stored === text || normaliseForId(stored) === normaliseForId(text);
}

/** The location an input's earlier version keeps when the input is re-ingested with new content. */
export function earlierVersionLocation(location: string, contentHash: string): string {
  return `${location} (earlier version ${contentHash.slice(0, 12)})`;
}
