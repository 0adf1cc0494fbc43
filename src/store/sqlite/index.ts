// SQLite engine: better-sqlite3, WAL, one transaction per batch, FTS5 with BM25.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Analysis, Place, Source } from '../../types.js';
import type {
  AnnotationQuery,
  DocSummary,
  DocListing,
  DocumentOrder,
  EntitySummary,
  SaveOutcome,
  SearchHit,
  SearchOptions,
  Store,
  StoredAnnotation,
  StoredDocument,
  UserAlias,
  Curation,
  CorpusCounts,
  Counted,
  DocFacets,
  EntityQuery,
  EntityDocumentQuery,
  EntityDocumentRow,
  EntityRow,
  PlaceRow,
  QuoteQuery,
  QuoteRow,
  AnnotationKind,
} from '../interface.js';
import { DocumentConflictError, earlierVersionLocation, sameUpToIdForm, RESOLUTION_KEYS, resolutionData, type EntityMentionRow, type MentionEntityUpdate } from '../interface.js';
import { annotationRows } from '../annotations.js';
import { hammingDistance, simhash, simhashBands } from '../simhash.js';
import { parseSearchQuery, queryTerms, type ParsedQuery, queryWords, RANKED_MATCHES, toFtsQuery } from '../fts-query.js';
import { buildSnippet } from '../snippet.js';
import { type DocumentRow, storedDocument, withData, withDocIdAndData } from '../stored-rows.js';
import { CURATION_MOVED, LIST_ORDERS, migrations, SHORT_FORM_JOINED, SORT_KEYS_MIGRATION } from './migrations.js';
import { sortKey } from '../sort-key.js';
import { SqliteSummaries } from './summaries.js';
import { PAGE_ANCHOR_STEP, PageAnchors, type PageKey } from './page-anchors.js';
import { addDocument, emptyDelta, REWRITE_CHUNK, topForm, type SummaryDelta } from '../summaries.js';
import { countWords } from '../../word-count.js';

// Up to 3 differing bits is always found (some band matches exactly); up to 6 when a band happens to match.
const NEAR_DUPLICATE_MAX_DISTANCE = 6;
const NEAR_DUPLICATE_CANDIDATES_PER_BAND = 200;
/** Documents whose sort keys the migration's fill reads at once. */
const SORT_KEY_CHUNK = 2_000;
/** How long opening waits for another process's write lock (migrations, first summaries). */
const OPEN_BUSY_TIMEOUT_MS = 60_000;
/** One blocking wait for the write lock; longer waits are taken in such slices, yielding between them. */
const WRITE_SLICE_MS = 50;
/** Page cache of a writing connection, in KiB (SQLite's default is 2,000). */
const WRITER_CACHE_KIB = 32 * 1024;
/**
 * Page size of a database this store creates (SQLite's default is 4,096). Entity and document keys
 * are hashes, so a batch's summary rows land all over their indexes and every commit rewrites most
 * of their pages; each page costs a log frame (two writes and a checksum) and a cache slot whatever
 * its size. With 16 KiB pages saving 5,046 Reuters articles took 21% less CPU (1.66 → 1.31 ms each)
 * for the same rows. SQLite sets the size only in an empty file: existing databases keep theirs.
 */
const NEW_DATABASE_PAGE_BYTES = 16_384;
/**
 * Log size after which a commit copies the write-ahead log back into the database (SQLite's default
 * is 1,000 pages). A batch of 256 Reuters articles dirties tens of MB (its rows land all over the
 * summary indexes), so with the default every commit was checkpointed at once, each page written
 * twice. At 128 MiB a checkpoint comes every few batches and writes a page that several of them
 * changed once: saving 5,046 articles took 6% less CPU (1.80 → 1.70 ms each, 4 KiB pages).
 */
const WAL_AUTOCHECKPOINT_BYTES = 128 * 1024 * 1024;
/** How long a write waits in all for other writers before failing. */
const WRITE_WAIT_MS = 5 * 60_000;

interface DocRow extends DocumentRow {
  rowid: number;
  published: string | null;
}

export class SqliteStore implements Store {
  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per SQL text: preparing is a large share of the cost of small statements. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  private readonly db: Database.Database;
  private readonly summaries: SqliteSummaries;
  readonly location?: string;

  readonly readonly: boolean;
  private readonly rankedMatches: number;

  /** readonly: for commands that only read; works in a read-only folder, never migrates or writes. */
  /** rankedMatches: see Store.search (smaller only in tests). */
  constructor(
    readonly path: string,
    opts: { readonly?: boolean; rankedMatches?: number } = {},
  ) {
    this.readonly = opts.readonly === true;
    this.rankedMatches = opts.rankedMatches ?? RANKED_MATCHES;
    this.db = this.readonly ? openReadOnly(path) : new Database(path);
    // Other processes may hold the write lock (concurrent ingests): wait for it while opening.
    this.db.pragma(`busy_timeout = ${OPEN_BUSY_TIMEOUT_MS}`);
    // before the log is set up: an empty file takes the size, any other ignores it
    if (!this.readonly) this.db.pragma(`page_size = ${NEW_DATABASE_PAGE_BYTES}`);
    if (!this.readonly) this.db.pragma('journal_mode = WAL');
    // A writer updates a dozen indexes per document: with SQLite's default 2 MB page cache their
    // pages are read back from the OS at every batch once the database outgrows it.
    if (!this.readonly) this.db.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
    if (!this.readonly) this.db.pragma(`wal_autocheckpoint = ${Math.round(WAL_AUTOCHECKPOINT_BYTES / (this.db.pragma('page_size', { simple: true }) as number))}`);
    this.db.pragma('synchronous = NORMAL');
    // Foreign keys are declared but not enforced per statement: the upsert into sources made every
    // check scan as the corpus grew (11 ms per source at 60k documents). Saves write a source only
    // right after its document, in one transaction; integrityCheck() verifies the references.
    this.db.pragma('foreign_keys = OFF');
    if (path !== ':memory:' && path !== '') this.location = path;
    if (this.readonly) {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version < migrations.length) throw new Error(`the database ${path} was made by an older Chronicle; run a writing command (chronicle ingest) on it once to upgrade it`);
    } else this.migrate();
    this.summaries = new SqliteSummaries(this.db);
    if (!this.readonly && !this.summaries.counter('summaries_built')) this.immediate(() => this.summaries.rebuildIfNeeded());
    // From now on a busy database is waited for in short slices, between which the event loop runs.
    this.db.pragma(`busy_timeout = ${WRITE_SLICE_MS}`);
  }

  /** Runs fn in a write transaction taken at once (BEGIN IMMEDIATE): a deferred one that reads, then writes, can fail with SQLITE_BUSY however long it waits. */
  private immediate<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** A write transaction that waits its turn without blocking the event loop: other processes (ingests, a server) may be writing. */
  private async write<T>(fn: () => T): Promise<T> {
    const deadline = Date.now() + WRITE_WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        return this.immediate(fn);
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (!code.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw err;
        await new Promise((ok) => setTimeout(ok, Math.min(250, 5 * attempt) + Math.random() * 20));
      }
    }
  }

  private migrate(): void {
    if ((this.db.pragma('user_version', { simple: true }) as number) >= migrations.length) return; // the usual case: no lock taken
    // One migrator at a time: the version is read again inside the write lock.
    this.immediate(() => {
      const current = this.db.pragma('user_version', { simple: true }) as number;
      for (let v = current; v < migrations.length; v++) {
        this.db.exec(migrations[v]);
        if (v + 1 === SORT_KEYS_MIGRATION) this.fillSortKeys();
      }
      if (current < migrations.length) this.db.pragma(`user_version = ${migrations.length}`);
    });
  }

  /** The sort keys of documents stored before migration 15 (a new document is saved with them), a chunk at a time. */
  private fillSortKeys(): void {
    const read = this.db.prepare(`SELECT rowid, title, json_extract(meta_json, '$.publisher') AS publisher FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ${SORT_KEY_CHUNK}`);
    const update = this.db.prepare('UPDATE documents SET title_key = ?, publisher_key = ? WHERE rowid = ?');
    for (let after = 0; ; ) {
      const rows = read.all(after) as Array<{ rowid: number; title: string; publisher: string | null }>;
      if (!rows.length) return;
      for (const row of rows) update.run(sortKey(row.title), sortKey(row.publisher), row.rowid);
      after = rows[rows.length - 1].rowid;
    }
  }

  async saveBatch(batch: Array<{ analysis: Analysis; contentHash: string }>): Promise<SaveOutcome[]> {
    return this.write(() => {
      const delta = emptyDelta();
      const outcomes = batch.map((item) => this.saveOne(item.analysis, item.contentHash, delta));
      this.summaries.apply(delta);
      this.summaries.bumpGeneration();
      return outcomes;
    });
  }

  private saveOne(analysis: Analysis, contentHash: string, delta: SummaryDelta): SaveOutcome {
    const { doc } = analysis;
    const now = new Date().toISOString();
    const addSources = () => {
      const insert = this.stmt(
        `INSERT INTO sources(location, doc_id, kind, name, url, content_hash, added_at) VALUES (?,?,?,?,?,?,?)
         ON CONFLICT(location) DO UPDATE SET doc_id=excluded.doc_id, content_hash=excluded.content_hash, added_at=excluded.added_at`,
      );
      for (const s of doc.sources) {
        this.keepEarlierVersion(s.location, doc.id);
        insert.run(s.location, doc.id, s.kind, s.name, s.url ?? null, contentHash, now);
      }
    };
    const existing = this.stmt('SELECT text FROM documents WHERE id = ?').get(doc.id) as { text: string } | undefined;
    if (existing) {
      if (existing.text === doc.text) {
        addSources();
        return { status: 'duplicate', docId: doc.id };
      }
      if (!sameUpToIdForm(existing.text, doc.text)) throw new DocumentConflictError(doc.id);
      addSources(); // the stored text stays: every stored span is over it
      return { status: 'duplicate', docId: doc.id, otherForm: true };
    }
    const hash = simhash(doc.text);
    const words = countWords(doc.text);
    const info = this.stmt(
      `INSERT INTO documents(id, title, text, published, published_precision, words, simhash, meta_json, removed_json, paragraphs_json, created_at, title_key, publisher_key)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    ).run(
        doc.id,
        doc.title,
        doc.text,
        doc.meta.published.value,
        doc.meta.published.precision,
        words,
        hash.hex,
        JSON.stringify(doc.meta),
        JSON.stringify(doc.removed),
        JSON.stringify(doc.paragraphs),
        now,
        sortKey(doc.title),
        sortKey(doc.meta.publisher),
      );
    this.stmt('INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)').run(info.lastInsertRowid, doc.title, doc.text);
    this.stmt('INSERT OR IGNORE INTO pending_passes(doc_id) VALUES (?)').run(doc.id);
    addSources();

    const insertAnnotation = this.stmt(
      'INSERT INTO annotations(doc_id, kind, label, start, end, text, data_json, entity_id) VALUES (?,?,?,?,?,?,?,?)',
    );
    const rows = annotationRows(analysis);
    const perKind = new Map<string, number>();
    for (const a of rows) {
      insertAnnotation.run(doc.id, a.kind, a.label, a.start, a.end, a.text, JSON.stringify(a.data), a.entityId ?? null);
      perKind.set(a.kind, (perKind.get(a.kind) ?? 0) + 1);
    }
    addDocument(delta, doc.id, rows.map((a) => ({ ...a, data: a.data as Record<string, unknown> })), 1);
    this.summaries.addCount('documents', 1);
    for (const [kind, n] of perKind) this.summaries.addCount(`kind:${kind}`, n);

    const nearDuplicateOf = this.linkNearDuplicates(doc.id, hash.value);
    return nearDuplicateOf ? { status: 'new', docId: doc.id, nearDuplicateOf } : { status: 'new', docId: doc.id };
  }

  /**
   * An input re-ingested with new content moves its source to the new document. When that source
   * was the old document's only one, the old document keeps it under an "earlier version" location,
   * so every document keeps at least one source (views and exports rely on it).
   */
  private keepEarlierVersion(location: string, newDocId: string): void {
    const prev = this.stmt('SELECT doc_id, content_hash FROM sources WHERE location = ?').get(location) as { doc_id: string; content_hash: string } | undefined;
    if (!prev || prev.doc_id === newDocId) return;
    const others = this.stmt('SELECT 1 FROM sources WHERE doc_id = ? AND location <> ? LIMIT 1').get(prev.doc_id, location);
    if (others) return;
    this.stmt(`UPDATE OR REPLACE sources SET location = ?, name = name || ' (earlier version)' WHERE location = ?`).run(earlierVersionLocation(location, prev.content_hash), location);
  }

  /** Finds earlier documents within a few SimHash bits, records the links, returns the closest. */
  private linkNearDuplicates(docId: string, hash: bigint): string | undefined {
    const bands = simhashBands(hash);
    // The most recent documents of each band only: templated stories (earnings tables, weather)
    // crowd a few band values, and comparing against all of them makes ingest quadratic.
    const lookup = this.stmt(
      `SELECT b.doc_id, d.simhash FROM simhash_bands b JOIN documents d ON d.id = b.doc_id
       WHERE b.band = ? AND b.value = ? ORDER BY b.rowid DESC LIMIT ${NEAR_DUPLICATE_CANDIDATES_PER_BAND}`,
    );
    const candidates = new Map<string, string>();
    bands.forEach((value, band) => {
      for (const row of lookup.all(band, value) as Array<{ doc_id: string; simhash: string }>) candidates.set(row.doc_id, row.simhash);
    });
    let best: { id: string; distance: number } | undefined;
    const link = this.stmt('INSERT OR IGNORE INTO near_duplicates(doc_id, other_id, distance) VALUES (?,?,?)');
    for (const [other, otherHash] of candidates) {
      if (other === docId) continue;
      const distance = hammingDistance(hash, BigInt('0x' + otherHash));
      if (distance > NEAR_DUPLICATE_MAX_DISTANCE) continue;
      link.run(docId, other, distance);
      link.run(other, docId, distance);
      if (!best || distance < best.distance) best = { id: other, distance };
    }
    const insertBand = this.stmt('INSERT INTO simhash_bands(band, value, doc_id) VALUES (?,?,?)');
    bands.forEach((value, band) => insertBand.run(band, value, docId));
    return best?.id;
  }

  async hasSource(location: string, contentHash: string): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM sources WHERE location = ? AND content_hash = ?').get(location, contentHash);
  }

  async countDocuments(): Promise<number> {
    return this.summaries.counter('documents');
  }

  async listDocuments(opts: { limit?: number; offset?: number; order?: DocumentOrder } = {}): Promise<DocListing[]> {
    const offset = opts.offset ?? 0;
    const order = opts.order ?? 'added';
    const select = `SELECT d.id, d.title, d.published, d.words, nullif(trim(json_extract(d.meta_json, '$.publisher')), '') AS publisher,
                coalesce((SELECT s.location FROM sources s WHERE s.doc_id = d.id ORDER BY s.added_at, s.location LIMIT 1), '') AS source
         FROM documents d`;
    if (order !== 'added') return this.stmt(`${select} ORDER BY ${LIST_ORDERS[order]}, d.rowid LIMIT ? OFFSET ?`).all(opts.limit ?? -1, offset) as DocListing[];
    // Documents are never deleted, so rowids run 1..count: then a deep page starts by key instead
    // of stepping over `offset` index entries. Any gap (max rowid above the count) falls back to OFFSET.
    if (offset > 0 && (this.stmt('SELECT max(rowid) AS m FROM documents').get() as { m: number | null }).m === this.summaries.counter('documents'))
      return this.stmt(`${select} WHERE d.rowid > ? ORDER BY d.rowid LIMIT ?`).all(offset, opts.limit ?? -1) as DocListing[];
    return this.stmt(`${select} ORDER BY d.rowid LIMIT ? OFFSET ?`).all(opts.limit ?? -1, offset) as DocListing[];
  }

  async getDocument(idOrName: string): Promise<StoredDocument | null> {
    const row = this.findDocRow(idOrName);
    if (!row) return null;
    const sources = (
      this.stmt('SELECT location, kind, name, url FROM sources WHERE doc_id = ? ORDER BY added_at').all(row.id) as Array<{
        location: string;
        kind: Source['kind'];
        name: string;
        url: string | null;
      }>
    ).map((s) => (s.url ? { ...s, url: s.url } : { location: s.location, kind: s.kind, name: s.name }));
    const nearDuplicates = this
      .stmt('SELECT other_id AS id, distance FROM near_duplicates WHERE doc_id = ? ORDER BY distance')
      .all(row.id) as Array<{ id: string; distance: number }>;
    const annotations = (
      this
        .stmt('SELECT kind, label, start, end, text, data_json FROM annotations WHERE doc_id = ? ORDER BY start, end, rowid')
        .all(row.id) as Array<Omit<StoredAnnotation, 'data'> & { data_json: string }>
    ).map(withData);
    return storedDocument(row, sources, nearDuplicates, annotations);
  }

  async documentText(id: string): Promise<string | null> {
    return (this.stmt('SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined)?.text ?? null;
  }

  async documentTexts(ids: string[]): Promise<Map<string, string>> {
    const rows = this.stmt('SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(ids)])) as Array<{ id: string; text: string }>;
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  private findDocRow(idOrName: string): DocRow | undefined {
    const byId = this.stmt('SELECT * FROM documents WHERE id = ?').get(idOrName) as DocRow | undefined;
    if (byId) return byId;
    const byName = this
      .stmt(
        `SELECT d.* FROM sources s JOIN documents d ON d.id = s.doc_id
         WHERE s.name = ? OR s.location = ? ORDER BY s.added_at, s.location LIMIT 1`,
      )
      .get(idOrName, idOrName) as DocRow | undefined;
    if (byName) return byName;
    if (/^[0-9a-f]{6,}$/i.test(idOrName)) {
      const rows = this.stmt('SELECT * FROM documents WHERE id LIKE ? LIMIT 2').all(`${idOrName}%`) as DocRow[];
      if (rows.length === 1) return rows[0];
    }
    return undefined;
  }

  async search(query: string | ParsedQuery, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const parsed = typeof query === 'string' ? parseSearchQuery(query) : query;
    const fts = toFtsQuery(parsed);
    if (!fts || opts.ids?.length === 0) return [];
    const source =
      opts.sources === false ? `'' AS source` : `coalesce((SELECT s.location FROM sources s WHERE s.doc_id = d.id ORDER BY s.added_at, s.location LIMIT 1), '') AS source`;
    const hits = opts.ids
      ? // Given documents are not ranked: bm25 needs the terms' counts over the whole corpus, which
        // costs as much as the search itself (20 ms for a word in most documents), for ten snippets.
        (this.stmt(
          `SELECT d.id, d.title, ${source}, 0 AS score, '' AS snippet
           FROM documents_fts h CROSS JOIN documents d INDEXED BY documents_listing ON d.rowid = h.rowid
           WHERE documents_fts MATCH ? AND h.rowid IN (SELECT rowid FROM documents WHERE id IN (SELECT value FROM json_each(?)))
           LIMIT ? OFFSET ?`,
        ).all(fts, JSON.stringify(opts.ids), opts.limit ?? 10, opts.offset ?? 0) as SearchHit[])
      : // Ranked on the full-text index alone; titles and sources are read for the page only (a
        // common word matches most of the corpus, and the sort would otherwise carry every row's columns),
        // from narrow index entries (a row's title is followed by its full text).
        (this.stmt(
          `SELECT d.id, d.title, ${source}, h.score, '' AS snippet
           FROM (SELECT rowid, bm25(documents_fts, 5.0, 1.0) AS score FROM documents_fts
                 WHERE documents_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ? OFFSET ?) h
           CROSS JOIN documents d INDEXED BY documents_listing ON d.rowid = h.rowid
           ORDER BY h.score`,
        ).all(fts, this.firstRankedRowid(fts), opts.limit ?? 10, opts.offset ?? 0) as SearchHit[]);
    if (opts.snippets === false) return hits;
    const words = queryWords(parsed);
    const textOf = this.stmt('SELECT text FROM documents WHERE id = ?');
    for (const h of hits) h.snippet = buildSnippet((textOf.get(h.id) as { text: string }).text, words, opts.highlight, h.title, queryTerms(parsed));
    return hits;
  }

  async indexedWords(words: string[]): Promise<string[]> {
    const held = this.stmt('SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1').pluck();
    // a word quoted is a string to FTS5, never syntax
    return words.filter((w) => held.get(`"${w.replaceAll('"', '""')}"`) !== undefined);
  }

  /**
   * The lowest rowid ranked for a query: BM25 costs about a microsecond per match, so a query
   * matching more than RANKED_MATCHES documents ranks only its RANKED_MATCHES most recently added
   * matches (finding them walks rowids only, some 40 times cheaper per match).
   */
  private firstRankedRowid(fts: string): number {
    const cut = this.stmt(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`).pluck().get(fts, this.rankedMatches - 1);
    return typeof cut === 'number' ? cut : 0;
  }

  /** Per annotation kind: where deep pages of the whole listing start. */
  private readonly kindAnchors = new Map<AnnotationKind, PageAnchors>();

  async listAnnotations(q: AnnotationQuery): Promise<Array<StoredAnnotation & { docId: string }>> {
    const where = ['kind = ?'];
    const params: Array<string | number> = [q.kind];
    let offset = q.offset ?? 0;
    if (!q.label && !q.docId && offset >= PAGE_ANCHOR_STEP) {
      let anchors = this.kindAnchors.get(q.kind);
      if (!anchors) {
        const next = this.stmt(
          `SELECT doc_id, start, rowid AS id FROM annotations WHERE kind = ? AND (doc_id, start, rowid) > (?, ?, ?)
           ORDER BY doc_id, start, rowid LIMIT 1 OFFSET ${PAGE_ANCHOR_STEP - 1}`,
        ).raw();
        this.kindAnchors.set(q.kind, (anchors = new PageAnchors((key) => next.get(q.kind, ...key) as PageKey | undefined)));
      }
      const start = anchors.at(offset, this.summaries.generation());
      if (start.from) {
        where.push('(doc_id, start, rowid) >= (?, ?, ?)');
        params.push(...start.from);
        offset = start.skip;
      }
    }
    if (q.label) {
      where.push('label = ?');
      params.push(q.label);
    }
    if (q.docId) {
      where.push('doc_id = ?');
      params.push(q.docId);
    }
    const rows = this
      .stmt(
        `SELECT doc_id, kind, label, start, end, text, data_json FROM annotations WHERE ${where.join(' AND ')}
         ORDER BY doc_id, start, rowid LIMIT ? OFFSET ?`,
      )
      .all(...params, q.limit ?? -1, offset) as Array<Omit<StoredAnnotation, 'data'> & { doc_id: string; data_json: string }>;
    return rows.map(withDocIdAndData);
  }

  async typeVoteKeys(docIds: string[]): Promise<string[]> {
    if (!docIds.length) return [];
    const rows = this.stmt(
      `SELECT DISTINCT json_extract(a.data_json, '$.typeVote.key') AS key FROM json_each(?) d
       CROSS JOIN annotations a ON a.doc_id = d.value AND a.kind = 'mention'
       WHERE json_extract(a.data_json, '$.typeVote.key') IS NOT NULL`,
    ).all(JSON.stringify(docIds)) as Array<{ key: unknown }>;
    return rows.map((r) => r.key).filter((k): k is string => typeof k === 'string');
  }

  async mentionsWithTypeVoteKeys(keys: string[]): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!keys.length) return [];
    // the expression and the kind as in the index annotations_type_vote, so that it is used
    const rows = this.stmt(
      `SELECT a.doc_id, a.kind, a.label, a.start, a.end, a.text, a.data_json FROM json_each(?) k
       CROSS JOIN annotations a ON a.kind = 'mention' AND json_extract(a.data_json, '$.typeVote.key') = k.value
       ORDER BY a.doc_id, a.start, a.rowid`,
    ).all(JSON.stringify([...new Set(keys)])) as Array<Omit<StoredAnnotation, 'data'> & { doc_id: string; data_json: string }>;
    return rows.map(withDocIdAndData);
  }

  async annotationsOfDocuments(kind: AnnotationKind, docIds: string[]): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!docIds.length) return [];
    const rows = this.stmt(
      `SELECT a.doc_id, a.kind, a.label, a.start, a.end, a.text, a.data_json
       FROM (SELECT DISTINCT value FROM json_each(?)) d CROSS JOIN annotations a ON a.doc_id = d.value AND a.kind = ?
       ORDER BY a.doc_id, a.start, a.rowid`,
    ).all(JSON.stringify(docIds), kind) as Array<Omit<StoredAnnotation, 'data'> & { doc_id: string; data_json: string }>;
    return rows.map(withDocIdAndData);
  }

  async mentionEntitiesOfDocuments(docIds: string[]): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!docIds.length) return [];
    const rows = this.stmt(
      `SELECT a.doc_id, a.label, a.start, a.end, a.text, ${RESOLUTION_KEYS.map((k) => `json_extract(a.data_json, '$.${k}')`).join(', ')}
       FROM (SELECT DISTINCT value FROM json_each(?)) d CROSS JOIN annotations a ON a.doc_id = d.value AND a.kind = 'mention'
       ORDER BY a.doc_id, a.start, a.rowid`,
    ).raw().all(JSON.stringify(docIds)) as Array<[string, string, number, number, string, ...unknown[]]>;
    return rows.map(([docId, label, start, end, text, ...values]) => ({ docId, kind: 'mention', label, start, end, text, data: resolutionData(values) }));
  }

  async mentionsOfEntities(ids: string[]): Promise<EntityMentionRow[]> {
    if (!ids.length) return [];
    const rows = this.stmt(
      `SELECT a.doc_id, a.start, a.label, a.entity_id, coalesce(json_extract(a.data_json, '$.canonical'), a.text) AS canonical
       FROM (SELECT DISTINCT value FROM json_each(?)) e CROSS JOIN annotations a INDEXED BY annotations_entity ON a.entity_id = e.value AND a.kind = 'mention'`,
    ).raw().all(JSON.stringify(ids)) as Array<[string, number, string, string, unknown]>;
    return rows.map(([docId, start, label, entityId, canonical]) => ({ docId, start, label, entityId, canonical: String(canonical) }));
  }

  async documentsWithShortForms(): Promise<string[]> {
    // the condition as in the partial index annotations_short_form, which the planner passes over for the kind's index
    const rows = this.stmt(`SELECT DISTINCT doc_id FROM annotations INDEXED BY annotations_short_form WHERE kind = 'mention' AND ${SHORT_FORM_JOINED} ORDER BY doc_id`).all() as Array<{ doc_id: string }>;
    return rows.map((r) => r.doc_id);
  }

  async documentsWithCuratedMentions(): Promise<string[]> {
    // the condition as in the partial index annotations_curated (migration 14)
    const rows = this.stmt(`SELECT DISTINCT doc_id FROM annotations INDEXED BY annotations_curated WHERE kind = 'mention' AND ${CURATION_MOVED} ORDER BY doc_id`).all() as Array<{ doc_id: string }>;
    return rows.map((r) => r.doc_id);
  }

  async entityNamesWithLabel(label: string): Promise<Array<{ key: string; name: string }>> {
    return this.summaries.entityNamesWithLabel(label);
  }

  async entityDocumentFrequencies(keys: string[]): Promise<{ documents: number; frequencies: Map<string, number> }> {
    return this.summaries.entityDocumentFrequencies(keys);
  }

  async documentsNamingEntities(keys: string[]): Promise<string[]> {
    return this.summaries.documentsNamingEntities(keys);
  }

  async annotationsAt(kind: AnnotationKind, refs: Array<[string, number]>): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!refs.length) return [];
    const rows = this.stmt(
      `SELECT a.doc_id, a.kind, a.label, a.start, a.end, a.text, a.data_json FROM json_each(?) r
       CROSS JOIN annotations a ON a.kind = ? AND a.doc_id = json_extract(r.value, '$[0]') AND a.start = json_extract(r.value, '$[1]')`,
    ).all(JSON.stringify(refs), kind) as Array<Omit<StoredAnnotation, 'data'> & { doc_id: string; data_json: string }>;
    return rows.map(withDocIdAndData);
  }

  async listEntities(opts: { type?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    // One pass over the mentions, tallied here: correlated subqueries per entity re-scan every mention.
    const tallies = new Map<string, { labels: Map<string, number>; names: Map<string, number>; forms: Map<string, number>; docs: Set<string>; mentions: number }>();
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    const rows = this.db
      .prepare(
        `SELECT entity_id, label, text, doc_id, json_extract(data_json, '$.canonical') AS canonical
         FROM annotations WHERE kind = 'mention' AND entity_id IS NOT NULL`,
      )
      .raw()
      .iterate() as IterableIterator<[string, string, string, string, string | null]>;
    for (const [id, label, text, docId, canonical] of rows) {
      let t = tallies.get(id);
      if (!t) tallies.set(id, (t = { labels: new Map(), names: new Map(), forms: new Map(), docs: new Set(), mentions: 0 }));
      bump(t.labels, label);
      bump(t.names, canonical ?? text);
      bump(t.forms, text);
      t.docs.add(docId);
      t.mentions++;
    }
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
    const list: EntitySummary[] = [];
    for (const [id, t] of tallies) {
      const type = top(t.labels);
      if (opts.type && type !== opts.type) continue;
      const aliases = [...t.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
      // the name as the summaries give it: a dateline's capitals count for the name as the text writes it
      const name = topForm([...t.names].map(([value, n]) => ({ value, n })))!;
      list.push({ id, name, type, aliases, mentions: t.mentions, documents: t.docs.size });
    }
    list.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return opts.limit ? list.slice(0, opts.limit) : list;
  }

  async addUserAlias(alias: UserAlias): Promise<void> {
    await this.write(() => this.db
      .prepare(
        `INSERT INTO user_aliases(type, alias, canonical, added_at) VALUES (?,?,?,?)
         ON CONFLICT(type, alias) DO UPDATE SET canonical = excluded.canonical, added_at = excluded.added_at`,
      )
      .run(alias.type, alias.alias, alias.canonical, new Date().toISOString()));
  }

  async listDocumentIds(): Promise<string[]> {
    return (this.stmt('SELECT id FROM documents ORDER BY rowid').all() as Array<{ id: string }>).map((r) => r.id);
  }

  async updateMentionEntities(docId: string, mentions: MentionEntityUpdate[]): Promise<void> {
    await this.updateMentionEntitiesOfDocuments(new Map([[docId, mentions]]));
  }

  async updateMentionEntitiesOfDocuments(updates: ReadonlyMap<string, MentionEntityUpdate[]>): Promise<void> {
    const update = this.stmt(
      `UPDATE annotations SET entity_id = ?, label = ?, data_json = json_remove(json_set(data_json, '$.entityId', ?, '$.canonical', ?), '$.entityBeforeCuration')
       WHERE doc_id = ? AND kind = 'mention' AND start = ? AND end = ?`,
    );
    const patch = this.stmt(`UPDATE annotations SET data_json = json_patch(data_json, ?) WHERE doc_id = ? AND kind = 'mention' AND start = ? AND end = ?`);
    const docIds = [...updates.keys()];
    // a chunk per transaction: the delta (every row of its documents) stays small, and a reader waits on one chunk at most
    for (let i = 0; i < docIds.length; i += REWRITE_CHUNK) {
      const chunk = docIds.slice(i, i + REWRITE_CHUNK);
      await this.write(() => {
        this.summaries.rewriteDocuments(chunk, () => {
          for (const docId of chunk)
            for (const m of updates.get(docId)!) {
              update.run(m.entityId, m.type, m.entityId, m.canonical, docId, m.start, m.end);
              if (m.data) patch.run(JSON.stringify(m.data), docId, m.start, m.end);
            }
        });
        this.summaries.bumpGeneration();
      });
    }
  }

  async listNearDuplicatePairs(): Promise<Array<[string, string]>> {
    return (this.stmt('SELECT doc_id, other_id FROM near_duplicates WHERE doc_id < other_id').all() as Array<{ doc_id: string; other_id: string }>).map(
      (r) => [r.doc_id, r.other_id],
    );
  }

  async addCuration(c: Curation): Promise<void> {
    await this.write(() => {
      this.stmt('INSERT OR IGNORE INTO curations(kind, relation, a, b, added_at) VALUES (?,?,?,?,?)').run(c.kind, c.relation, c.a, c.b, new Date().toISOString());
      this.summaries.bumpGeneration();
    });
  }

  async listCurations(kind?: Curation['kind']): Promise<Curation[]> {
    const sql = 'SELECT kind, relation, a, b FROM curations' + (kind ? ' WHERE kind = ?' : '') + ' ORDER BY seq';
    return (kind ? this.stmt(sql).all(kind) : this.stmt(sql).all()) as Curation[];
  }

  async removeCuration(c: Curation): Promise<boolean> {
    const info = this.db.prepare('DELETE FROM curations WHERE kind = ? AND relation = ? AND a = ? AND b = ?').run(c.kind, c.relation, c.a, c.b);
    if (info.changes) this.summaries.bumpGeneration();
    return info.changes > 0;
  }

  async retypeEntity(entityId: string, type: string | null): Promise<number> {
    // the new label: the given type, or back to the one extraction gave
    const label = type === null ? `coalesce(json_extract(data_json, '$.extractedType'), label)` : '?';
    const where = `kind = 'mention' AND entity_id = ? AND label != ${label}`;
    const params = type === null ? [entityId] : [entityId, type];
    const docs = (this.stmt(`SELECT DISTINCT doc_id FROM annotations WHERE ${where}`).all(...params) as Array<{ doc_id: string }>).map((r) => r.doc_id);
    const update = this.stmt(
      `UPDATE annotations SET label = ${label}, data_json = json_set(data_json, '$.extractedType', coalesce(json_extract(data_json, '$.extractedType'), label))
       WHERE ${where} AND doc_id IN (SELECT value FROM json_each(?))`,
    );
    return this.rewriteMentions(docs, (chunk) => update.run(...(type === null ? params : [type, ...params]), JSON.stringify(chunk)).changes);
  }

  async remapEntity(fromId: string, toId: string, docId?: string): Promise<number> {
    const docs = docId
      ? (this.stmt(`SELECT 1 FROM annotations WHERE kind = 'mention' AND entity_id = ? AND doc_id = ? LIMIT 1`).get(fromId, docId) ? [docId] : [])
      : (this.stmt(`SELECT DISTINCT doc_id FROM annotations WHERE kind = 'mention' AND entity_id = ?`).all(fromId) as Array<{ doc_id: string }>).map((r) => r.doc_id);
    const update = this.stmt(
      `UPDATE annotations SET entity_id = ?,
              data_json = json_set(data_json, '$.entityId', ?, '$.entityBeforeCuration', coalesce(json_extract(data_json, '$.entityBeforeCuration'), entity_id))
       WHERE kind = 'mention' AND entity_id = ? AND doc_id IN (SELECT value FROM json_each(?))`,
    );
    return this.rewriteMentions(docs, (chunk) => update.run(toId, toId, fromId, JSON.stringify(chunk)).changes);
  }

  /**
   * Curation's rewrite of documents' mentions, as the corpus passes do it (updateMentionEntitiesOfDocuments):
   * a chunk of documents per transaction, their summaries moved in one delta. Subtracting and adding
   * in two applies deleted what the first emptied and wrote it back from the rewritten documents
   * alone: a place named only in them took the first of them in id order as its first mention, not
   * the first saved. `change` rewrites one chunk's rows and says how many.
   */
  private async rewriteMentions(docIds: string[], change: (chunk: string[]) => number): Promise<number> {
    let changed = 0;
    for (let i = 0; i < docIds.length; i += REWRITE_CHUNK) {
      const chunk = docIds.slice(i, i + REWRITE_CHUNK);
      await this.write(() => {
        this.summaries.rewriteDocuments(chunk, () => (changed += change(chunk)));
        this.summaries.bumpGeneration();
      });
    }
    return changed;
  }

  async pendingPassDocuments(): Promise<string[]> {
    return (this.stmt('SELECT doc_id FROM pending_passes ORDER BY doc_id').all() as Array<{ doc_id: string }>).map((r) => r.doc_id);
  }

  async hasPendingSourceUnder(location: string, folder: string): Promise<boolean> {
    // a range on the primary key rather than LIKE, whose wildcards a path may hold
    const hit = this.stmt(
      'SELECT 1 FROM sources s JOIN pending_passes p ON p.doc_id = s.doc_id WHERE s.location = ? OR (s.location >= ? AND s.location < ?) LIMIT 1',
    ).get(location, folder, `${folder}\uffff`);
    return !!hit;
  }

  async passesDone(docIds: string[]): Promise<void> {
    if (!docIds.length) return;
    const done = this.stmt('DELETE FROM pending_passes WHERE doc_id IN (SELECT value FROM json_each(?))');
    await this.write(() => done.run(JSON.stringify(docIds)));
  }

  async listUserAliases(): Promise<UserAlias[]> {
    return this.stmt('SELECT type, alias, canonical FROM user_aliases ORDER BY added_at').all() as UserAlias[];
  }

  async removeUserAlias(alias: UserAlias): Promise<boolean> {
    return this.write(() => {
      const info = this.db.prepare('DELETE FROM user_aliases WHERE type = ? AND alias = ? AND canonical = ?').run(alias.type, alias.alias, alias.canonical);
      if (info.changes) this.summaries.bumpGeneration();
      return info.changes > 0;
    });
  }

  async updatePlaceAnnotations(places: Array<{ docId: string; start: number; end: number; data: { place: Place } & Record<string, unknown> }>): Promise<void> {
    const update = this.stmt(`UPDATE annotations SET label = ?, data_json = ? WHERE doc_id = ? AND kind = 'place' AND start = ? AND end = ?`);
    // in save order: a place key new to the summaries takes its first mention from the first of these
    // documents, which is then the first saved that names it, as saving them fresh would give
    const ids = JSON.stringify([...new Set(places.map((p) => p.docId))]);
    const docs = (this.stmt('SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid').all(ids) as Array<{ id: string }>).map((r) => r.id);
    await this.write(() => {
      this.summaries.rewriteDocuments(docs, () => {
        for (const p of places) update.run(p.data.place.kind, JSON.stringify(p.data), p.docId, p.start, p.end);
      });
      this.summaries.bumpGeneration();
    });
  }

  async generation(): Promise<number> {
    return this.summaries.generation();
  }

  async counts(): Promise<CorpusCounts> {
    return this.summaries.counts();
  }

  async countAnnotations(q: { kind: AnnotationKind; label?: string; docId?: string }): Promise<number> {
    if (!q.label && !q.docId) return this.summaries.counts().annotations[q.kind] ?? 0;
    const where = ['kind = ?'];
    const params: string[] = [q.kind];
    if (q.label) (where.push('label = ?'), params.push(q.label));
    if (q.docId) (where.push('doc_id = ?'), params.push(q.docId));
    return (this.stmt(`SELECT count(*) AS n FROM annotations WHERE ${where.join(' AND ')}`).get(...params) as { n: number }).n;
  }

  async queryEntities(q: EntityQuery): Promise<Counted<EntityRow>> {
    return this.summaries.queryEntities(q);
  }

  async aliasesContaining(text: string): Promise<Array<{ key: string; text: string }>> {
    return this.summaries.aliasesContaining(text);
  }

  async entityAliases(key: string): Promise<Array<{ text: string; count: number }>> {
    return this.summaries.entityAliases(key);
  }

  async entityDocuments(key: string, limit?: number): Promise<Array<{ docId: string; mentions: number }>> {
    return this.summaries.entityDocuments(key, limit);
  }

  async entityDocumentPage(key: string, q: EntityDocumentQuery): Promise<Counted<EntityDocumentRow>> {
    return this.summaries.entityDocumentPage(key, q);
  }

  async coMentioned(key: string, limit: number): Promise<Array<EntityRow & { shared: number }>> {
    return this.summaries.coMentioned(key, limit);
  }

  async nearLinks(keys: string[]): Promise<Array<{ a: string; b: string; weight: number }>> {
    return this.summaries.nearLinks(keys);
  }

  async documentSummaries(ids: string[]): Promise<DocSummary[]> {
    return this.summaries.documentSummaries(ids);
  }

  async documentFacets(ids: string[], opts: { entities?: boolean } = {}): Promise<DocFacets[]> {
    return this.summaries.documentFacets(ids, opts.entities !== false);
  }

  async entityDocumentCounts(ids: string[], limit: number): Promise<Array<{ key: string; documents: number }>> {
    return this.summaries.entityDocumentCounts(ids, limit);
  }

  async queryPlaces(q: { nameNorm?: string; limit?: number; offset?: number }): Promise<Counted<PlaceRow>> {
    return this.summaries.queryPlaces(q);
  }

  async placeDocuments(key: string, limit: number): Promise<Array<{ id: string; title: string }>> {
    return this.summaries.placeDocuments(key, limit);
  }

  async placeDocumentLists(keys: string[], limitEach: number): Promise<Array<{ key: string; id: string; title: string }>> {
    return this.summaries.placeDocumentLists(keys, limitEach);
  }

  async queryQuotes(q: QuoteQuery): Promise<Counted<QuoteRow>> {
    return this.summaries.queryQuotes(q);
  }

  async rebuildSummaries(): Promise<void> {
    await this.write(() => this.summaries.rebuild());
  }

  async integrityCheck(): Promise<string> {
    const result = this.db.pragma('integrity_check', { simple: true }) as string;
    if (result !== 'ok') return result;
    const orphans = (this.db.pragma('foreign_key_check') as unknown[]).length;
    return orphans === 0 ? 'ok' : `${orphans} rows refer to missing documents`;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * Opens a database only to read. A WAL database needs its -shm index, which SQLite cannot create in a
 * read-only folder; there the file is read into memory instead (marked as a rollback-journal
 * database, since an in-memory copy has no WAL).
 */
function openReadOnly(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('user_version', { simple: true });
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw err;
    if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) throw err; // unflushed writes would be missed
    const bytes = readFileSync(path);
    if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
    return new Database(bytes, { readonly: true });
  }
}
