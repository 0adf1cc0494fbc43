// PostgreSQL engine: for shared deployments and many workers. Same behaviour as the SQLite engine;
// full-text search with a weighted tsvector and a GIN index.
import pg from 'pg';
import type { Analysis, Place, RawDoc, Source } from '../../types.js';
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
  AnnotationKind,
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
} from '../interface.js';
import { DocumentConflictError, earlierVersionLocation, sameUpToIdForm, RESOLUTION_KEYS, resolutionData, SearchTimeoutError, type EntityMentionRow, type MentionEntityUpdate } from '../interface.js';
import { annotationRows } from '../annotations.js';
import { hammingDistance, simhash, simhashBands } from '../simhash.js';
import { parseSearchQuery, queryTerms, type ParsedQuery, queryWords, RANKED_MATCHES, toTsQuery } from '../fts-query.js';
import { buildSnippet } from '../snippet.js';
import { type DocumentRow, storedDocument, withData, withDocIdAndData } from '../stored-rows.js';
import { pgMigrations, PG_CURATION_MOVED, PG_LIST_ORDERS, PG_SHORT_FORM_JOINED, PG_SORT_KEYS_MIGRATION } from './migrations.js';
import { sortKey } from '../sort-key.js';
import { NulSafeClient } from './nul-safe.js';
import * as summaries from './summaries.js';
import { addDocument, emptyDelta, REWRITE_CHUNK, type SummaryDelta } from '../summaries.js';
import { countWords } from '../../word-count.js';

const NEAR_DUPLICATE_MAX_DISTANCE = 6;
const PUBLISHER_SQL = `nullif(btrim(d.meta_json::jsonb ->> 'publisher'), '')`;
/** Documents whose sort keys one statement of the migration's fill writes. */
const SORT_KEY_CHUNK = 2_000;
/** Longest a search query may run on the server before PostgreSQL cancels it. */
const SEARCH_TIMEOUT_MS = 5_000;
/** 8 parameters a row: well under PostgreSQL's 65,535 bound parameters per statement. */
const ANNOTATION_ROWS_PER_INSERT = 4000;

type Client = pg.PoolClient;

/** Advisory lock of the corpus passes after an ingest (migrations hold another). */
const CORPUS_PASS_LOCK = 7240918;

export class PostgresStore implements Store {
  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    private readonly rankedMatches: number,
  ) {}

  /** rankedMatches: see Store.search (smaller only in tests). */
  static async open(url: string, opts: { rankedMatches?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, Client: NulSafeClient });
    // An idle connection dropped by a server restart must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    // The same for a connection in use: its query fails and the caller retries.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const store = new PostgresStore(pool, url, opts.rankedMatches ?? RANKED_MATCHES);
    await store.migrate();
    await summaries.rebuild(pool, (fn) => store.inTransaction(fn));
    return store;
  }

  async exclusively<T>(fn: () => Promise<T>): Promise<T> {
    // a session lock held on a connection of its own while fn uses the pool's others
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [CORPUS_PASS_LOCK]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [CORPUS_PASS_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      // One migrator at a time across workers and machines.
      await client.query('SELECT pg_advisory_lock(7240917)');
      await client.query('CREATE TABLE IF NOT EXISTS chronicle_schema (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM chronicle_schema');
      let version = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query('INSERT INTO chronicle_schema(version) VALUES (0)');
      for (; version < pgMigrations.length; version++) {
        await client.query('BEGIN');
        await client.query(pgMigrations[version]);
        if (version + 1 === PG_SORT_KEYS_MIGRATION) await fillSortKeys(client);
        await client.query('UPDATE chronicle_schema SET version = $1', [version + 1]);
        await client.query('COMMIT');
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(7240917)').catch(() => undefined);
      client.release();
    }
  }

  /**
   * Runs fn in a transaction. Writers on several connections or machines can deadlock on shared
   * rows (the same document from two inputs, shared summary rows); PostgreSQL then aborts one of
   * them, which is retried from the start.
   */
  private async inTransaction<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (err as { code?: string }).code;
        if (attempt >= 8 || (code !== '40P01' && code !== '40001')) throw err;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50));
      } finally {
        client.release();
      }
    }
  }

  async saveBatch(batch: Array<{ analysis: Analysis; contentHash: string }>): Promise<SaveOutcome[]> {
    // Documents in id order, so concurrent batches take row locks in the same order.
    const order = batch.map((_, i) => i).sort((a, b) => (batch[a].analysis.doc.id < batch[b].analysis.doc.id ? -1 : 1));
    const sorted = await this.saveSorted(order.map((i) => ({ ...batch[i], rank: i })));
    const outcomes = new Array<SaveOutcome>(batch.length);
    order.forEach((i, k) => (outcomes[i] = sorted[k]));
    return outcomes;
  }

  private async saveSorted(batch: Array<{ analysis: Analysis; contentHash: string; rank: number }>): Promise<SaveOutcome[]> {
    return this.inTransaction(async (client) => {
      const outcomes: SaveOutcome[] = [];
      const delta = emptyDelta();
      const counts = new Map<string, number>();
      // Saved in id order (for the locks) but numbered in the order given, as SQLite's rowids are:
      // documents list in the order they were ingested on both engines, not in id order within a batch.
      const seqs = (
        await client.query<{ s: string }>(`SELECT nextval(pg_get_serial_sequence('documents', 'seq'))::text AS s FROM generate_series(1, $1)`, [batch.length])
      ).rows.map((r) => BigInt(r.s)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const item of batch) outcomes.push(await this.saveOne(client, item.analysis, item.contentHash, delta, counts, String(seqs[item.rank])));
      await this.finishSave(client, delta, counts);
      return outcomes;
    });
  }

  private async finishSave(client: Client, delta: SummaryDelta, counts: Map<string, number>): Promise<void> {
    await summaries.applyDelta(client, delta);
    await summaries.addCounts(client, counts);
    await summaries.bumpGeneration(client);
  }

  /** seq: the document's place in the listing, reserved by the caller (else the next number). */
  private async saveOne(client: Client, analysis: Analysis, contentHash: string, delta: SummaryDelta, counts: Map<string, number>, seq?: string): Promise<SaveOutcome> {
    const { doc } = analysis;
    const hash = simhash(doc.text);
    const inserted = await client.query(
      `INSERT INTO documents(seq, id, title, text, published, published_precision, words, simhash, meta_json, removed_json, paragraphs_json, title_key, publisher_key)
       VALUES (coalesce($11::bigint, nextval(pg_get_serial_sequence('documents', 'seq'))),$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$12,$13) ON CONFLICT (id) DO NOTHING`,
      [
        doc.id,
        doc.title,
        doc.text,
        doc.meta.published.value,
        doc.meta.published.precision,
        countWords(doc.text),
        hash.hex,
        JSON.stringify(doc.meta),
        JSON.stringify(doc.removed),
        JSON.stringify(doc.paragraphs),
        seq ?? null,
        sortKey(doc.title),
        sortKey(doc.meta.publisher),
      ],
    );
    let otherForm = false;
    if (inserted.rowCount === 0) {
      // the stored text comes back only when it differs (then: the same article in another form, or a conflict)
      const stored = await client.query<{ same: boolean; text: string | null }>(
        'SELECT text = $2 AS same, CASE WHEN text = $2 THEN NULL ELSE text END AS text FROM documents WHERE id = $1',
        [doc.id, doc.text],
      );
      const row = stored.rows[0];
      if (row && !row.same) {
        if (!sameUpToIdForm(row.text ?? '', doc.text)) throw new DocumentConflictError(doc.id);
        otherForm = true; // the stored text stays: every stored span is over it
      }
    }
    for (const s of doc.sources) {
      await this.keepEarlierVersion(client, s.location, doc.id);
      await client.query(
        `INSERT INTO sources(location, doc_id, kind, name, url, content_hash) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (location) DO UPDATE SET doc_id = excluded.doc_id, content_hash = excluded.content_hash, added_at = now()`,
        [s.location, doc.id, s.kind, s.name, s.url ?? null, contentHash],
      );
    }
    if (inserted.rowCount === 0) return otherForm ? { status: 'duplicate', docId: doc.id, otherForm: true } : { status: 'duplicate', docId: doc.id };
    await client.query('INSERT INTO pending_passes(doc_id) VALUES ($1) ON CONFLICT DO NOTHING', [doc.id]);

    const rows = annotationRows(analysis);
    // Multi-row inserts: round trips dominate PostgreSQL ingest time. A statement binds at most
    // 65,535 parameters, so a document with very many annotations takes several.
    for (let from = 0; from < rows.length; from += ANNOTATION_ROWS_PER_INSERT) {
      const values: unknown[] = [];
      const tuples = rows.slice(from, from + ANNOTATION_ROWS_PER_INSERT).map((a, i) => {
        values.push(doc.id, a.kind, a.label, a.start, a.end, a.text, JSON.stringify(a.data), a.entityId ?? null);
        const o = i * 8;
        return `($${o + 1},$${o + 2},$${o + 3},$${o + 4},$${o + 5},$${o + 6},$${o + 7},$${o + 8})`;
      });
      await client.query(
        `INSERT INTO annotations(doc_id, kind, label, start_offset, end_offset, text, data_json, entity_id) VALUES ${tuples.join(',')}`,
        values,
      );
    }
    addDocument(delta, doc.id, rows.map((a) => ({ ...a, data: a.data as Record<string, unknown> })), 1);
    counts.set('documents', (counts.get('documents') ?? 0) + 1);
    for (const a of rows) counts.set(`kind:${a.kind}`, (counts.get(`kind:${a.kind}`) ?? 0) + 1);
    const nearDuplicateOf = await this.linkNearDuplicates(client, doc.id, hash.value);
    return nearDuplicateOf ? { status: 'new', docId: doc.id, nearDuplicateOf } : { status: 'new', docId: doc.id };
  }

  /** See the SQLite engine: an input's earlier version keeps its only source under another location. */
  private async keepEarlierVersion(client: Client, location: string, newDocId: string): Promise<void> {
    const prev = await client.query<{ doc_id: string; content_hash: string }>('SELECT doc_id, content_hash FROM sources WHERE location = $1', [location]);
    const row = prev.rows[0];
    if (!row || row.doc_id === newDocId) return;
    const others = await client.query('SELECT 1 FROM sources WHERE doc_id = $1 AND location <> $2 LIMIT 1', [row.doc_id, location]);
    if (others.rowCount) return;
    const renamed = earlierVersionLocation(location, row.content_hash);
    await client.query('DELETE FROM sources WHERE location = $1', [renamed]);
    await client.query(`UPDATE sources SET location = $1, name = name || ' (earlier version)' WHERE location = $2`, [renamed, location]);
  }

  private async linkNearDuplicates(client: Client, docId: string, hash: bigint): Promise<string | undefined> {
    const bands = simhashBands(hash);
    const { rows } = await client.query<{ doc_id: string; simhash: string }>(
      // The most recent documents of each band only (templated stories crowd a few band values).
      `SELECT DISTINCT c.doc_id, d.simhash FROM (
         (SELECT doc_id FROM simhash_bands WHERE band = 0 AND value = $1 ORDER BY ctid DESC LIMIT 200)
         UNION (SELECT doc_id FROM simhash_bands WHERE band = 1 AND value = $2 ORDER BY ctid DESC LIMIT 200)
         UNION (SELECT doc_id FROM simhash_bands WHERE band = 2 AND value = $3 ORDER BY ctid DESC LIMIT 200)
         UNION (SELECT doc_id FROM simhash_bands WHERE band = 3 AND value = $4 ORDER BY ctid DESC LIMIT 200)
       ) c JOIN documents d ON d.id = c.doc_id WHERE c.doc_id <> $5`,
      [...bands, docId],
    );
    let best: { id: string; distance: number } | undefined;
    for (const r of rows) {
      const distance = hammingDistance(hash, BigInt('0x' + r.simhash));
      if (distance > NEAR_DUPLICATE_MAX_DISTANCE) continue;
      await client.query(
        `INSERT INTO near_duplicates(doc_id, other_id, distance) VALUES ($1,$2,$3),($2,$1,$3) ON CONFLICT DO NOTHING`,
        [docId, r.doc_id, distance],
      );
      if (!best || distance < best.distance) best = { id: r.doc_id, distance };
    }
    await client.query(`INSERT INTO simhash_bands(band, value, doc_id) VALUES (0,$1,$5),(1,$2,$5),(2,$3,$5),(3,$4,$5)`, [...bands, docId]);
    return best?.id;
  }

  async hasSource(location: string, contentHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM sources WHERE location = $1 AND content_hash = $2', [location, contentHash]);
    return (rowCount ?? 0) > 0;
  }

  async countDocuments(): Promise<number> {
    return summaries.counter(this.pool, 'documents');
  }

  async listDocuments(opts: { limit?: number; offset?: number; order?: DocumentOrder } = {}): Promise<DocListing[]> {
    const order = opts.order ?? 'added';
    const { rows } = await this.pool.query<DocListing>(
      `SELECT d.id, d.title, d.published, d.words, ${PUBLISHER_SQL} AS publisher,
              coalesce((SELECT s.location FROM sources s WHERE s.doc_id = d.id ORDER BY s.added_at, s.location LIMIT 1), '') AS source
       FROM documents d ORDER BY ${order === 'added' ? '' : `${PG_LIST_ORDERS[order]}, `}d.seq LIMIT $1 OFFSET $2`,
      [opts.limit ?? null, opts.offset ?? 0],
    );
    return rows;
  }

  async documentText(id: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ text: string }>('SELECT text FROM documents WHERE id = $1', [id]);
    return rows[0]?.text ?? null;
  }

  async documentTexts(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const { rows } = await this.pool.query<{ id: string; text: string }>('SELECT id, text FROM documents WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  async getDocument(idOrName: string): Promise<StoredDocument | null> {
    const row = await this.findDocRow(idOrName);
    if (!row) return null;
    const sources = (
      await this.pool.query<{ location: string; kind: Source['kind']; name: string; url: string | null }>(
        'SELECT location, kind, name, url FROM sources WHERE doc_id = $1 ORDER BY added_at, location',
        [row.id],
      )
    ).rows.map((s) => (s.url ? { ...s, url: s.url } : { location: s.location, kind: s.kind, name: s.name }));
    const nearDuplicates = (
      await this.pool.query<{ id: string; distance: number }>(
        'SELECT other_id AS id, distance FROM near_duplicates WHERE doc_id = $1 ORDER BY distance',
        [row.id],
      )
    ).rows;
    const annotations = (
      await this.pool.query<{ kind: StoredAnnotation['kind']; label: string; start: number; end: number; text: string; data_json: string }>(
        `SELECT kind, label, start_offset AS start, end_offset AS end, text, data_json FROM annotations
         WHERE doc_id = $1 ORDER BY start_offset, end_offset, seq`,
        [row.id],
      )
    ).rows.map(withData);
    return storedDocument(row, sources, nearDuplicates, annotations);
  }

  private async findDocRow(idOrName: string): Promise<DocumentRow | undefined> {
    const byId = await this.pool.query<DocumentRow>('SELECT * FROM documents WHERE id = $1', [idOrName]);
    if (byId.rows[0]) return byId.rows[0];
    const byName = await this.pool.query<DocumentRow>(
      `SELECT d.* FROM sources s JOIN documents d ON d.id = s.doc_id
       WHERE s.name = $1 OR s.location = $1 ORDER BY s.added_at, s.location LIMIT 1`,
      [idOrName],
    );
    if (byName.rows[0]) return byName.rows[0];
    if (/^[0-9a-f]{6,}$/i.test(idOrName)) {
      const rows = (await this.pool.query<DocumentRow>('SELECT * FROM documents WHERE id LIKE $1 LIMIT 2', [`${idOrName}%`])).rows;
      if (rows.length === 1) return rows[0];
    }
    return undefined;
  }

  async search(query: string | ParsedQuery, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const parsed = typeof query === 'string' ? parseSearchQuery(query) : query;
    const tsquery = toTsQuery(parsed);
    if (!tsquery || opts.ids?.length === 0) return [];
    const params: unknown[] = [tsquery, opts.limit ?? 10, opts.offset ?? 0, opts.ids ?? this.rankedMatches];
    const source =
      opts.sources === false ? `''` : `coalesce((SELECT s.location FROM sources s WHERE s.doc_id = d.id ORDER BY s.added_at, s.location LIMIT 1), '')`;
    // Ranked among the most recently added matches only (see Store.search): ranking reads each match's vector.
    const within = opts.ids
      ? 'AND d.id = ANY($4)'
      : 'AND d.seq >= coalesce((SELECT min(r.seq) FROM (SELECT m.seq FROM documents m WHERE m.tsv @@ q.query ORDER BY m.seq DESC LIMIT $4) r), 0)';
    const hits = await this.withStatementTimeout(SEARCH_TIMEOUT_MS, async (client) => {
      const { rows } = await client.query<SearchHit>(
        `WITH q AS (SELECT to_tsquery('simple', $1) AS query)
         SELECT d.id, d.title, ${source} AS source, -ts_rank_cd(d.tsv, q.query) AS score, '' AS snippet
         FROM documents d, q WHERE d.tsv @@ q.query ${within}
         ORDER BY score, d.seq LIMIT $2 OFFSET $3`,
        params,
      );
      if (opts.snippets === false || rows.length === 0) return rows;
      // Snippets are built in bounded time here, not by ts_headline (see ../snippet.ts).
      const texts = await client.query<{ id: string; text: string }>('SELECT id, text FROM documents WHERE id = ANY($1)', [rows.map((r) => r.id)]);
      const textOf = new Map(texts.rows.map((r) => [r.id, r.text]));
      const words = queryWords(parsed);
      return rows.map((r) => ({ ...r, snippet: buildSnippet(textOf.get(r.id) ?? '', words, opts.highlight, r.title, queryTerms(parsed)) }));
    });
    return hits.map((r) => ({ ...r, score: Number(r.score) }));
  }

  async indexedWords(words: string[]): Promise<string[]> {
    const held: string[] = [];
    // one GIN index look-up per word (ts_stat would read every document's vector)
    for (const w of words)
      if ((await this.pool.query("SELECT 1 FROM documents WHERE tsv @@ plainto_tsquery('simple', $1) LIMIT 1", [w])).rowCount) held.push(w);
    return held;
  }

  /** Runs reads on one connection with a statement timeout, so one costly query cannot hold a connection for long. */
  private async withStatementTimeout<T>(ms: number, fn: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`SET LOCAL statement_timeout = ${Math.floor(ms)}`);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((err as { code?: string }).code === '57014') throw new SearchTimeoutError(ms);
      throw err;
    } finally {
      client.release();
    }
  }

  async listAnnotations(q: AnnotationQuery): Promise<Array<StoredAnnotation & { docId: string }>> {
    const where = ['kind = $1'];
    const params: Array<string | number | null> = [q.kind];
    if (q.label) {
      params.push(q.label);
      where.push(`label = $${params.length}`);
    }
    if (q.docId) {
      params.push(q.docId);
      where.push(`doc_id = $${params.length}`);
    }
    params.push(q.limit ?? null, q.offset ?? 0);
    const { rows } = await this.pool.query<{ doc_id: string; kind: StoredAnnotation['kind']; label: string; start: number; end: number; text: string; data_json: string }>(
      `SELECT doc_id, kind, label, start_offset AS start, end_offset AS end, text, data_json FROM annotations
       WHERE ${where.join(' AND ')} ORDER BY doc_id, start_offset, seq LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.map(withDocIdAndData);
  }

  async typeVoteKeys(docIds: string[]): Promise<string[]> {
    if (!docIds.length) return [];
    const { rows } = await this.pool.query<{ key: string }>(
      `SELECT DISTINCT (a.data_json::jsonb -> 'typeVote') ->> 'key' AS key FROM annotations a
       WHERE a.doc_id = ANY($1::text[]) AND a.kind = 'mention' AND (a.data_json::jsonb -> 'typeVote') ->> 'key' IS NOT NULL`,
      [docIds],
    );
    return rows.map((r) => r.key);
  }

  async mentionsWithTypeVoteKeys(keys: string[]): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!keys.length) return [];
    // the expression and the kind as in the index annotations_type_vote, so that it is used
    const { rows } = await this.pool.query<{ doc_id: string; kind: StoredAnnotation['kind']; label: string; start: number; end: number; text: string; data_json: string }>(
      `SELECT doc_id, kind, label, start_offset AS start, end_offset AS end, text, data_json FROM annotations
       WHERE kind = 'mention' AND ((data_json::jsonb -> 'typeVote') ->> 'key') = ANY($1::text[])
       ORDER BY doc_id, start_offset, seq`,
      [[...new Set(keys)]],
    );
    return rows.map(withDocIdAndData);
  }

  async annotationsOfDocuments(kind: AnnotationKind, docIds: string[]): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!docIds.length) return [];
    const { rows } = await this.pool.query<{ doc_id: string; kind: StoredAnnotation['kind']; label: string; start: number; end: number; text: string; data_json: string }>(
      `SELECT doc_id, kind, label, start_offset AS start, end_offset AS end, text, data_json FROM annotations
       WHERE doc_id = ANY($1::text[]) AND kind = $2 ORDER BY doc_id, start_offset, seq`,
      [[...new Set(docIds)], kind],
    );
    return rows.map(withDocIdAndData);
  }

  async mentionEntitiesOfDocuments(docIds: string[]): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!docIds.length) return [];
    const { rows } = await this.pool.query<{ doc_id: string; label: string; start: number; end: number; text: string; data: unknown[] }>(
      `SELECT a.doc_id, a.label, a.start_offset AS start, a.end_offset AS end, a.text,
         json_build_array(${RESOLUTION_KEYS.map((k) => `j.d -> '${k}'`).join(', ')}) AS data
       FROM annotations a CROSS JOIN LATERAL (SELECT a.data_json::jsonb AS d) j
       WHERE a.doc_id = ANY($1::text[]) AND a.kind = 'mention' ORDER BY a.doc_id, a.start_offset, a.seq`,
      [[...new Set(docIds)]],
    );
    return rows.map((r) => ({ docId: r.doc_id, kind: 'mention', label: r.label, start: r.start, end: r.end, text: r.text, data: resolutionData(r.data) }));
  }

  async mentionsOfEntities(ids: string[]): Promise<EntityMentionRow[]> {
    if (!ids.length) return [];
    const { rows } = await this.pool.query<{ doc_id: string; start: number; label: string; entity_id: string; canonical: string }>(
      `SELECT doc_id, start_offset AS start, label, entity_id, coalesce(data_json::jsonb ->> 'canonical', text) AS canonical
       FROM annotations WHERE entity_id = ANY($1::text[]) AND kind = 'mention'`,
      [[...new Set(ids)]],
    );
    return rows.map((r) => ({ docId: r.doc_id, start: r.start, label: r.label, entityId: r.entity_id, canonical: r.canonical }));
  }

  async documentsWithShortForms(): Promise<string[]> {
    // the condition as in the partial index annotations_short_form, so that it is used
    const { rows } = await this.pool.query<{ doc_id: string }>(`SELECT DISTINCT doc_id FROM annotations WHERE kind = 'mention' AND ${PG_SHORT_FORM_JOINED} ORDER BY doc_id`);
    return rows.map((r) => r.doc_id);
  }

  async documentsWithCuratedMentions(): Promise<string[]> {
    // the condition as in the partial index annotations_curated (migration 14), so that it is used
    const { rows } = await this.pool.query<{ doc_id: string }>(`SELECT DISTINCT doc_id FROM annotations WHERE kind = 'mention' AND ${PG_CURATION_MOVED} ORDER BY doc_id`);
    return rows.map((r) => r.doc_id);
  }

  entityNamesWithLabel(label: string): Promise<Array<{ key: string; name: string }>> {
    return summaries.entityNamesWithLabel(this.pool, label);
  }

  entityDocumentFrequencies(keys: string[]): Promise<{ documents: number; frequencies: Map<string, number> }> {
    return summaries.entityDocumentFrequencies(this.pool, keys);
  }

  documentsNamingEntities(keys: string[]): Promise<string[]> {
    return summaries.documentsNamingEntities(this.pool, keys);
  }

  async annotationsAt(kind: AnnotationKind, refs: Array<[string, number]>): Promise<Array<StoredAnnotation & { docId: string }>> {
    if (!refs.length) return [];
    const { rows } = await this.pool.query<{ doc_id: string; kind: StoredAnnotation['kind']; label: string; start: number; end: number; text: string; data_json: string }>(
      `SELECT a.doc_id, a.kind, a.label, a.start_offset AS start, a.end_offset AS end, a.text, a.data_json
       FROM unnest($2::text[], $3::int[]) AS r(doc_id, start_offset)
       JOIN annotations a ON a.kind = $1 AND a.doc_id = r.doc_id AND a.start_offset = r.start_offset
       ORDER BY a.doc_id, a.start_offset, a.seq`,
      [kind, refs.map(([d]) => d), refs.map(([, s]) => s)],
    );
    return rows.map(withDocIdAndData);
  }

  async listEntities(opts: { type?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    const { rows } = await this.pool.query<{ id: string; type: string; name: string; aliases: string[]; mentions: string; documents: string }>(
      `WITH m AS (
         SELECT entity_id, label, text, doc_id, (data_json::jsonb ->> 'canonical') AS canonical
         FROM annotations WHERE kind = 'mention' AND entity_id IS NOT NULL
       ), counts AS (
         SELECT entity_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents FROM m GROUP BY entity_id
       ), types AS (
         SELECT DISTINCT ON (entity_id) entity_id, label FROM m GROUP BY entity_id, label ORDER BY entity_id, count(*) DESC
       ), names AS (
         SELECT DISTINCT ON (entity_id) entity_id, canonical FROM m GROUP BY entity_id, canonical
         ORDER BY entity_id, count(*) DESC, length(canonical) DESC
       ), forms AS (
         SELECT entity_id, array_agg(text ORDER BY n DESC, text) AS aliases
         FROM (SELECT entity_id, text, count(*) AS n FROM m GROUP BY entity_id, text) f GROUP BY entity_id
       )
       SELECT c.entity_id AS id, t.label AS type, n.canonical AS name, f.aliases, c.mentions, c.documents
       FROM counts c JOIN types t USING (entity_id) JOIN names n USING (entity_id) JOIN forms f USING (entity_id)
       ORDER BY c.mentions DESC, n.canonical`,
    );
    const list = rows
      .map((r) => ({ id: r.id, name: r.name, type: r.type, aliases: r.aliases, mentions: Number(r.mentions), documents: Number(r.documents) }))
      .filter((r) => !opts.type || r.type === opts.type);
    return opts.limit ? list.slice(0, opts.limit) : list;
  }

  async addUserAlias(alias: UserAlias): Promise<void> {
    await this.pool.query(
      `INSERT INTO user_aliases(type, alias, canonical) VALUES ($1,$2,$3)
       ON CONFLICT (type, alias) DO UPDATE SET canonical = excluded.canonical, added_at = now()`,
      [alias.type, alias.alias, alias.canonical],
    );
  }

  async listDocumentIds(): Promise<string[]> {
    return (await this.pool.query<{ id: string }>('SELECT id FROM documents ORDER BY seq')).rows.map((r) => r.id);
  }

  async updateMentionEntities(docId: string, mentions: MentionEntityUpdate[]): Promise<void> {
    await this.updateMentionEntitiesOfDocuments(new Map([[docId, mentions]]));
  }

  async updateMentionEntitiesOfDocuments(updates: ReadonlyMap<string, MentionEntityUpdate[]>): Promise<void> {
    // a chunk per transaction: its documents' summaries moved in one set-based delta
    await this.rewriteMentions([...updates.keys()], async (client, chunk) => {
      for (const docId of chunk)
        for (const m of updates.get(docId)!) {
          await client.query(
            `UPDATE annotations SET entity_id = $1, label = $2,
                    data_json = ((data_json::jsonb || jsonb_build_object('entityId', $1::text, 'canonical', $3::text) || $7::jsonb) - $8::text[])::text
             WHERE doc_id = $4 AND kind = 'mention' AND start_offset = $5 AND end_offset = $6`,
            // the entity written is the passes' own: what a curation moved it from goes (curations are applied again after)
            [m.entityId, m.type, m.canonical, docId, m.start, m.end, JSON.stringify(m.data ?? {}), ['entityBeforeCuration', ...Object.keys(m.data ?? {}).filter((k) => m.data?.[k] === null)]],
          );
        }
      return 0;
    });
  }

  /** Rewrites documents' mentions a chunk of documents per transaction, their summaries in one
   *  delta each (summaries.rewriteDocuments); `change` rewrites one chunk and says how many rows. */
  private async rewriteMentions(docIds: string[], change: (client: Client, chunk: string[]) => Promise<number>): Promise<number> {
    let changed = 0;
    for (let i = 0; i < docIds.length; i += REWRITE_CHUNK) {
      const chunk = docIds.slice(i, i + REWRITE_CHUNK);
      changed += await this.inTransaction(async (client) => {
        const n = await summaries.rewriteDocuments(client, chunk, () => change(client, chunk));
        await summaries.bumpGeneration(client);
        return n;
      });
    }
    return changed;
  }

  async listNearDuplicatePairs(): Promise<Array<[string, string]>> {
    const { rows } = await this.pool.query<{ doc_id: string; other_id: string }>('SELECT doc_id, other_id FROM near_duplicates WHERE doc_id < other_id');
    return rows.map((r) => [r.doc_id, r.other_id]);
  }

  async addCuration(c: Curation): Promise<void> {
    await this.pool.query('INSERT INTO curations(kind, relation, a, b) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING', [c.kind, c.relation, c.a, c.b]);
    await summaries.bumpGeneration(this.pool);
  }

  async listCurations(kind?: Curation['kind']): Promise<Curation[]> {
    const { rows } = await this.pool.query<Curation>(
      'SELECT kind, relation, a, b FROM curations' + (kind ? ' WHERE kind = $1' : '') + ' ORDER BY seq',
      kind ? [kind] : [],
    );
    return rows;
  }

  async removeCuration(c: Curation): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM curations WHERE kind = $1 AND relation = $2 AND a = $3 AND b = $4', [c.kind, c.relation, c.a, c.b]);
    if (rowCount) await summaries.bumpGeneration(this.pool);
    return !!rowCount;
  }

  async retypeEntity(entityId: string, type: string | null): Promise<number> {
    // the new label: the given type, or back to the one extraction gave
    const label = type === null ? `coalesce(data_json::jsonb->>'extractedType', label)` : '$2';
    const where = `kind = 'mention' AND entity_id = $1 AND label <> ${label}`;
    const params = type === null ? [entityId] : [entityId, type];
    const docs = (await this.pool.query<{ doc_id: string }>(`SELECT DISTINCT doc_id FROM annotations WHERE ${where}`, params)).rows.map((r) => r.doc_id);
    // as the corpus passes rewrite mentions: a chunk per transaction, one delta each (see rewriteMentions)
    return this.rewriteMentions(docs, async (client, chunk) => {
      const r = await client.query(
        `UPDATE annotations SET label = ${label},
                data_json = (data_json::jsonb || jsonb_build_object('extractedType', coalesce(data_json::jsonb->>'extractedType', label)))::text
         WHERE ${where} AND doc_id = ANY($${params.length + 1})`,
        [...params, chunk],
      );
      return r.rowCount ?? 0;
    });
  }

  async remapEntity(fromId: string, toId: string, docId?: string): Promise<number> {
    const docs = (
      await this.pool.query<{ doc_id: string }>(
        `SELECT DISTINCT doc_id FROM annotations WHERE kind = 'mention' AND entity_id = $1` + (docId ? ' AND doc_id = $2' : ''),
        docId ? [fromId, docId] : [fromId],
      )
    ).rows.map((r) => r.doc_id);
    return this.rewriteMentions(docs, async (client, chunk) => {
      const r = await client.query(
        `UPDATE annotations SET entity_id = $1,
                data_json = (data_json::jsonb || jsonb_build_object('entityId', $1::text, 'entityBeforeCuration', coalesce(data_json::jsonb ->> 'entityBeforeCuration', entity_id)))::text
         WHERE kind = 'mention' AND entity_id = $2 AND doc_id = ANY($3)`,
        [toId, fromId, chunk],
      );
      return r.rowCount ?? 0;
    });
  }

  async pendingPassDocuments(): Promise<string[]> {
    return (await this.pool.query<{ doc_id: string }>('SELECT doc_id FROM pending_passes ORDER BY doc_id')).rows.map((r) => r.doc_id);
  }

  async hasPendingSourceUnder(location: string, folder: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'SELECT 1 FROM sources s JOIN pending_passes p ON p.doc_id = s.doc_id WHERE s.location = $1 OR left(s.location, length($2)) = $2 LIMIT 1',
      [location, folder],
    );
    return (rowCount ?? 0) > 0;
  }

  async passesDone(docIds: string[]): Promise<void> {
    if (docIds.length) await this.pool.query('DELETE FROM pending_passes WHERE doc_id = ANY($1)', [docIds]);
  }

  async listUserAliases(): Promise<UserAlias[]> {
    return (await this.pool.query<UserAlias>('SELECT type, alias, canonical FROM user_aliases ORDER BY added_at')).rows;
  }

  async removeUserAlias(alias: UserAlias): Promise<boolean> {
    return this.inTransaction(async (client) => {
      const r = await client.query('DELETE FROM user_aliases WHERE type = $1 AND alias = $2 AND canonical = $3', [alias.type, alias.alias, alias.canonical]);
      if (r.rowCount) await summaries.bumpGeneration(client);
      return (r.rowCount ?? 0) > 0;
    });
  }

  async updatePlaceAnnotations(places: Array<{ docId: string; start: number; end: number; data: { place: Place } & Record<string, unknown> }>): Promise<void> {
    // in save order: a place key new to the summaries takes its first mention from the first of these
    // documents, which is then the first saved that names it, as saving them fresh would give
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1) ORDER BY seq', [[...new Set(places.map((p) => p.docId))]]);
    const docs = rows.map((r) => r.id);
    await this.inTransaction(async (client) => {
      await summaries.rewriteDocuments(client, docs, async () => {
        for (const p of places) {
          await client.query(
            `UPDATE annotations SET label = $1, data_json = $2 WHERE doc_id = $3 AND kind = 'place' AND start_offset = $4 AND end_offset = $5`,
            [p.data.place.kind, JSON.stringify(p.data), p.docId, p.start, p.end],
          );
        }
      });
      await summaries.bumpGeneration(client);
    });
  }

  async generation(): Promise<number> {
    return summaries.counter(this.pool, 'generation');
  }

  async counts(): Promise<CorpusCounts> {
    return summaries.counts(this.pool);
  }

  async countAnnotations(q: { kind: AnnotationKind; label?: string; docId?: string }): Promise<number> {
    if (!q.label && !q.docId) return summaries.counter(this.pool, `kind:${q.kind}`);
    const params: string[] = [q.kind];
    const where = ['kind = $1'];
    if (q.label) (params.push(q.label), where.push(`label = $${params.length}`));
    if (q.docId) (params.push(q.docId), where.push(`doc_id = $${params.length}`));
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM annotations WHERE ${where.join(' AND ')}`, params);
    return Number(rows[0].n);
  }

  queryEntities(q: EntityQuery): Promise<Counted<EntityRow>> {
    return summaries.queryEntities(this.pool, q);
  }

  async aliasesContaining(text: string): Promise<Array<{ key: string; text: string }>> {
    return summaries.aliasesContaining(this.pool, text);
  }

  entityAliases(key: string): Promise<Array<{ text: string; count: number }>> {
    return summaries.entityAliases(this.pool, key);
  }

  entityDocuments(key: string, limit?: number): Promise<Array<{ docId: string; mentions: number }>> {
    return summaries.entityDocuments(this.pool, key, limit);
  }

  entityDocumentPage(key: string, q: EntityDocumentQuery): Promise<Counted<EntityDocumentRow>> {
    return summaries.entityDocumentPage(this.pool, key, q);
  }

  coMentioned(key: string, limit: number): Promise<Array<EntityRow & { shared: number }>> {
    return summaries.coMentioned(this.pool, key, limit);
  }

  nearLinks(keys: string[]): Promise<Array<{ a: string; b: string; weight: number }>> {
    return summaries.nearLinks(this.pool, keys);
  }

  documentSummaries(ids: string[]): Promise<DocSummary[]> {
    return summaries.documentSummaries(this.pool, ids);
  }

  documentFacets(ids: string[], opts: { entities?: boolean } = {}): Promise<DocFacets[]> {
    return summaries.documentFacets(this.pool, ids, opts.entities !== false);
  }

  entityDocumentCounts(ids: string[], limit: number): Promise<Array<{ key: string; documents: number }>> {
    return summaries.entityDocumentCounts(this.pool, ids, limit);
  }

  queryPlaces(q: { nameNorm?: string; limit?: number; offset?: number }): Promise<Counted<PlaceRow>> {
    return summaries.queryPlaces(this.pool, q);
  }

  placeDocuments(key: string, limit: number): Promise<Array<{ id: string; title: string }>> {
    return summaries.placeDocuments(this.pool, key, limit);
  }

  placeDocumentLists(keys: string[], limitEach: number): Promise<Array<{ key: string; id: string; title: string }>> {
    return summaries.placeDocumentLists(this.pool, keys, limitEach);
  }

  queryQuotes(q: QuoteQuery): Promise<Counted<QuoteRow>> {
    return summaries.queryQuotes(this.pool, q);
  }

  async rebuildSummaries(): Promise<void> {
    await summaries.rebuild(this.pool, (fn) => this.inTransaction(fn), true);
  }

  async integrityCheck(): Promise<string> {
    // Referential checks PostgreSQL does not enforce for us (annotations and sources of missing documents).
    const { rows } = await this.pool.query<{ orphans: string }>(
      `SELECT (SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id))
            + (SELECT count(*) FROM annotations a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = a.doc_id)) AS orphans`,
    );
    return Number(rows[0].orphans) === 0 ? 'ok' : `${rows[0].orphans} orphaned rows`;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  // ---- work queue (PostgreSQL only): many workers on many machines share one corpus ----

  /** Queues raw documents for the workers; an input already queued with the same content is left alone. */
  async enqueue(items: Array<{ raw: RawDoc; contentHash: string }>): Promise<number> {
    let added = 0;
    for (const { raw, contentHash } of items) {
      const r = await this.pool.query(
        `INSERT INTO queue(location, content_hash, raw_json) VALUES ($1,$2,$3)
         ON CONFLICT (location) DO UPDATE SET content_hash = excluded.content_hash, raw_json = excluded.raw_json,
           status = 'pending', attempts = 0, error = NULL, updated_at = now()
         WHERE queue.content_hash <> excluded.content_hash`,
        [raw.source.location, contentHash, JSON.stringify(raw)],
      );
      added += r.rowCount ?? 0;
    }
    return added;
  }

  /**
   * Claims up to `limit` pending documents (FOR UPDATE SKIP LOCKED: workers never share one), analyses
   * them, saves the results and marks them done, all in one transaction. A worker killed mid-batch
   * commits nothing: its rows unlock and another worker takes them.
   */
  async processPending(
    limit: number,
    analyse: (raw: RawDoc) => Promise<{ ok: true; analysis: Analysis } | { ok: false; error: string }>,
  ): Promise<{ claimed: number; outcomes: SaveOutcome[]; failed: Array<{ input: string; error: string }> }> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<{ location: string; content_hash: string; raw_json: string }>(
        `SELECT location, content_hash, raw_json FROM queue WHERE status = 'pending'
         ORDER BY seq FOR UPDATE SKIP LOCKED LIMIT $1`,
        [limit],
      );
      const outcomes: SaveOutcome[] = [];
      const failed: Array<{ input: string; error: string }> = [];
      const delta = emptyDelta();
      const counts = new Map<string, number>();
      const results = await Promise.all(rows.map((r) => analyse(JSON.parse(r.raw_json) as RawDoc)));
      for (let i = 0; i < rows.length; i++) {
        const result = results[i];
        if (result.ok) {
          outcomes.push(await this.saveOne(client, result.analysis, rows[i].content_hash, delta, counts));
          await client.query(`UPDATE queue SET status = 'done', attempts = attempts + 1, updated_at = now() WHERE location = $1`, [rows[i].location]);
        } else {
          failed.push({ input: rows[i].location, error: result.error });
          await client.query(`UPDATE queue SET status = 'failed', attempts = attempts + 1, error = $2, updated_at = now() WHERE location = $1`, [
            rows[i].location,
            result.error,
          ]);
        }
      }
      await this.finishSave(client, delta, counts);
      return { claimed: rows.length, outcomes, failed };
    });
  }

  async queueCounts(): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM queue GROUP BY status');
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }
}

/** The sort keys of documents stored before migration 15 (a new document is saved with them), a chunk at a time. */
async function fillSortKeys(client: Client): Promise<void> {
  for (let after = -1; ; ) {
    const { rows } = await client.query<{ seq: string; title: string; publisher: string | null }>(
      `SELECT seq, title, meta_json::jsonb ->> 'publisher' AS publisher FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, SORT_KEY_CHUNK],
    );
    if (!rows.length) return;
    await client.query(
      `UPDATE documents d SET title_key = k.title_key, publisher_key = k.publisher_key
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS k(seq, title_key, publisher_key) WHERE d.seq = k.seq`,
      [rows.map((r) => r.seq), rows.map((r) => sortKey(r.title)), rows.map((r) => sortKey(r.publisher))],
    );
    after = Number(rows[rows.length - 1].seq);
  }
}
