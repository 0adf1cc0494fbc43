// SQLite side of the summaries (see ../summaries.ts): applying deltas inside the caller's
// transaction, the one-time rebuild, and the reads the API needs (all by index, all bounded).
import type Database from 'better-sqlite3';
import type { AnnotationKind, CorpusCounts, Counted, DocFacets, DocSummary, EntityDocumentQuery, EntityDocumentRow, EntityQuery, EntityRow, PlaceRow, QuoteQuery, QuoteRow } from '../interface.js';
import { addDocument, emptyDelta, ENTITY_ORDER, lostFirstMentions, placeNameWins, REBUILD_CHUNK, settleFirstMentions, SUMMARY_KINDS, topForm, type StoredFirst, type SummaryDelta, type SummaryRow } from '../summaries.js';
import { normaliseName } from '../keys.js';
import { PAGE_ANCHOR_STEP, PageAnchors, type PageKey } from './page-anchors.js';
import { withData } from '../stored-rows.js';

/** Whether an upsert's offered place renames the stored row (summaries.ts preferredPlaceName). */
const RENAMES = placeNameWins('place_summary', (json) => `json_extract(${json}, '$.name')`, 'length');

const KINDS: AnnotationKind[] = ['mention', 'place', 'time', 'event', 'figure', 'quote', 'sentence'];
/** The orders of an entity's document page (the mentions column is the sum when two entities are asked for). */
const ENTITY_DOCUMENT_ORDER: Record<EntityDocumentQuery['sort'], string> = {
  date: 'published DESC, mentions DESC, doc_id',
  mentions: 'mentions DESC, published DESC, doc_id',
  title: 'title, doc_id',
};
/** SQLite's default limit on bound parameters is 32766; stay well below. */
const IN_CHUNK = 500;

export class SqliteSummaries {
  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per SQL text: preparing is a large share of the cost of small statements. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  /** Where deep pages of the whole quote listing start. */
  private readonly quoteAnchors: PageAnchors;

  constructor(private readonly db: Database.Database) {
    const next = this.stmt(
      `SELECT doc_id, start, rowid AS id FROM quote_speakers WHERE (doc_id, start, rowid) > (?, ?, ?)
       ORDER BY doc_id, start, rowid LIMIT 1 OFFSET ${PAGE_ANCHOR_STEP - 1}`,
    ).raw();
    this.quoteAnchors = new PageAnchors((key) => next.get(...key) as PageKey | undefined);
  }

  bumpGeneration(): void {
    this.stmt(`UPDATE counters SET value = value + 1 WHERE name = 'generation'`).run();
  }

  addCount(name: string, n: number): void {
    if (!n) return;
    this.stmt('INSERT INTO counters(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value').run(name, n);
  }

  /** A document's rows that summaries are computed from. */
  docRows(docId: string): SummaryRow[] {
    return (
      this.db
        .prepare(`SELECT kind, label, start, end, text, data_json FROM annotations WHERE doc_id = ? AND kind IN ('mention','place','quote')`)
        .all(docId) as Array<Omit<SummaryRow, 'data'> & { data_json: string }>
    ).map(withData);
  }

  /** Applies a delta; the caller holds the transaction. */
  apply(delta: SummaryDelta): void {
    for (const docId of delta.removedDocs) {
      this.stmt('DELETE FROM doc_entities WHERE doc_id = ?').run(docId);
      this.stmt('DELETE FROM place_docs WHERE doc_id = ?').run(docId);
      this.stmt('DELETE FROM quote_speakers WHERE doc_id = ?').run(docId);
    }
    const form = this.stmt(
      'INSERT INTO entity_forms(key, form, value, n) VALUES (?,?,?,?) ON CONFLICT(key, form, value) DO UPDATE SET n = n + excluded.n',
    );
    const entity = this.stmt(
      `INSERT INTO entity_summary(key, name, name_norm, type, mentions, documents) VALUES (?, '', '', '', ?, ?)
       ON CONFLICT(key) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents`,
    );
    const topForms = this.stmt(`SELECT form, value, n FROM entity_forms WHERE key = ? AND form IN ('name', 'label') AND n > 0`);
    // Written only when it changes: an unchanged name would still rewrite three of the table's indexes.
    const setName = this.stmt(
      'UPDATE entity_summary SET name = @name, name_norm = @norm, type = @type WHERE key = @key AND (name <> @name OR name_norm <> @norm OR type <> @type)',
    );
    for (const [key, e] of delta.entities) {
      for (const [f, n] of e.forms) {
        const cut = f.indexOf('\u0000');
        if (n) form.run(key, f.slice(0, cut), f.slice(cut + 1), n);
      }
      entity.run(key, e.mentions, e.documents);
      const rows = topForms.all(key) as Array<{ form: string; value: string; n: number }>;
      const name = topForm(rows.filter((r) => r.form === 'name'));
      const type = topForm(rows.filter((r) => r.form === 'label'));
      if (name !== undefined && type !== undefined) setName.run({ name, norm: normaliseName(name), type, key });
    }
    const pair = this.stmt(
      'INSERT INTO entity_pairs(a, b, docs, near) VALUES (?,?,?,?) ON CONFLICT(a, b) DO UPDATE SET docs = docs + excluded.docs, near = near + excluded.near',
    );
    for (const [a, row] of delta.pairs)
      for (const [b, p] of row) if (p.docs || p.near) pair.run(a, b, p.docs, p.near);
    const place = this.stmt(
      `INSERT INTO place_summary(key, place_json, name_norm, mentions, documents, first_doc, first_start, entity) VALUES (?,?,?,?,?,?,?,?)
       ON CONFLICT(key) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents,
         entity = CASE WHEN first_doc = excluded.first_doc AND first_start = excluded.first_start THEN excluded.entity ELSE entity END,
         place_json = CASE WHEN ${RENAMES} THEN excluded.place_json ELSE place_json END,
         name_norm = CASE WHEN ${RENAMES} THEN excluded.name_norm ELSE name_norm END`,
    );
    // a first mention settled over the whole store (a rewrite) replaces the stored one
    const settle = this.stmt('UPDATE place_summary SET first_doc = ?, first_start = ?, entity = ? WHERE key = ?');
    for (const [key, p] of delta.places) {
      place.run(key, JSON.stringify(p.place), normaliseName(p.place.name), p.mentions, p.documents, p.first.docId, p.first.start, p.entity);
      if (p.settled) settle.run(p.first.docId, p.first.start, p.entity, key);
    }
    // The document's date and title ride along: an entity's article pages are sorted by them (migration 7).
    // Read once per document, not per entity: the date is stored after the text, so reading it walks
    // the text's overflow pages.
    const docHeader = this.stmt(`SELECT coalesce(published, '') AS published, title FROM documents WHERE id = ?`);
    const docEntity = this.stmt('INSERT INTO doc_entities(doc_id, key, mentions, published, title) VALUES (?,?,?,?,?)');
    let header: { docId: string; published: string; title: string } | undefined;
    for (const r of delta.docEntities) {
      if (header?.docId !== r.docId) {
        const row = docHeader.get(r.docId) as { published: string; title: string } | undefined;
        header = { docId: r.docId, published: row?.published ?? '', title: row?.title ?? '' };
      }
      docEntity.run(r.docId, r.key, r.mentions, header.published, header.title);
    }
    const placeDoc = this.stmt('INSERT INTO place_docs(key, doc_id, mentions) VALUES (?,?,?)');
    for (const r of delta.placeDocs) placeDoc.run(r.key, r.docId, r.mentions);
    const quote = this.stmt('INSERT INTO quote_speakers(doc_id, start, end, entity, speaker_norm) VALUES (?,?,?,?,?)');
    for (const q of delta.quoteSpeakers) quote.run(q.docId, q.start, q.end, q.entity, q.speakerNorm);
    if (delta.removedDocs.length) {
      // Subtractions can empty rows: drop them so counts and listings stay exact. Only rows this
      // delta touched can have emptied, and each is found by its key: a scan of the pair table (millions
      // of rows in a large corpus) per rewritten article made re-resolution cost ~0.2 s an article.
      const emptyForms = this.stmt('DELETE FROM entity_forms WHERE key = ? AND n <= 0');
      const emptyEntity = this.stmt('DELETE FROM entity_summary WHERE key = ? AND mentions <= 0');
      for (const key of delta.entities.keys()) {
        emptyForms.run(key);
        emptyEntity.run(key);
      }
      const emptyPair = this.stmt('DELETE FROM entity_pairs WHERE a = ? AND b = ? AND docs <= 0 AND near <= 0');
      for (const [a, row] of delta.pairs) for (const b of row.keys()) emptyPair.run(a, b);
      const emptyPlace = this.stmt('DELETE FROM place_summary WHERE key = ? AND mentions <= 0');
      for (const key of delta.places.keys()) emptyPlace.run(key);
    }
  }

  /**
   * Rewrites documents' mentions in one delta: their rows as stored are subtracted, `change` runs,
   * and the new rows are added before anything is written, so what a rewrite leaves as it was
   * (most of an article's entity pairs) writes nothing; subtracting and adding in two applies
   * upserted every pair of the article twice (~0.1 s an article in a large corpus). The caller
   * holds the transaction. Each place touched takes the first mention saving every document fresh
   * would give it (settleFirstMentions): the first saved document naming it, whichever of these
   * documents are rewritten and in what order.
   */
  rewriteDocuments(docIds: string[], change: () => void): void {
    const delta = emptyDelta();
    for (const id of docIds) addDocument(delta, id, this.docRows(id), -1);
    change();
    const rewritten = new Map<string, SummaryRow[]>();
    for (const id of docIds) {
      const rows = this.docRows(id);
      rewritten.set(id, rows);
      addDocument(delta, id, rows, 1);
    }
    if (delta.places.size) {
      const read = this.stmt('SELECT first_doc AS docId, first_start AS start, entity FROM place_summary WHERE key = ?');
      const stored = new Map<string, StoredFirst>();
      for (const key of delta.places.keys()) {
        const s = read.get(key) as StoredFirst | undefined;
        if (s) stored.set(key, s);
      }
      // a first mention whose document lost the place: the first saved of the others naming it (rare)
      const firstElsewhere = this.stmt(
        `SELECT p.doc_id FROM place_docs p CROSS JOIN documents d ON d.id = p.doc_id
         WHERE p.key = ? AND p.doc_id NOT IN (SELECT value FROM json_each(?)) ORDER BY d.rowid LIMIT 1`,
      ).pluck();
      const elsewhere = new Map<string, { docId: string; rows: SummaryRow[] }>();
      for (const key of lostFirstMentions(delta, rewritten, stored)) {
        const docId = firstElsewhere.get(key, JSON.stringify(docIds)) as string | undefined;
        if (docId) elsewhere.set(key, { docId, rows: this.docRows(docId) });
      }
      const ids = [...new Set([...docIds, ...[...stored.values()].map((s) => s.docId), ...[...elsewhere.values()].map((e) => e.docId)])];
      const rank = new Map(
        (this.stmt('SELECT id, rowid AS n FROM documents WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: string; n: number }>).map((r) => [r.id, r.n]),
      );
      settleFirstMentions(delta, rewritten, stored, elsewhere, rank);
    }
    this.apply(delta);
  }

  /** Builds every summary from the annotations once, after the migration that added them. */
  rebuildIfNeeded(): void {
    if (!this.counter('summaries_built')) this.rebuild();
  }

  /** Recomputes every summary from the annotations, a chunk of documents per transaction. */
  rebuild(log: (msg: string) => void = (m) => console.error(m)): void {
    // in save order, as saves add them: a place's first mention is in the first saved document naming it
    const ids = (this.stmt('SELECT id FROM documents ORDER BY rowid').all() as Array<{ id: string }>).map((r) => r.id);
    if (ids.length > REBUILD_CHUNK) log(`chronicle: building summaries for ${ids.length} documents (once)…`);
    const rowsOf = this.stmt(
      `SELECT doc_id, kind, label, start, end, text, data_json FROM annotations
       WHERE doc_id IN (SELECT value FROM json_each(?)) AND kind IN (${SUMMARY_KINDS.map(() => '?').join(',')})`,
    );
    this.db.transaction(() => {
      for (const t of ['entity_summary', 'entity_forms', 'doc_entities', 'entity_pairs', 'place_summary', 'place_docs', 'quote_speakers'])
        this.stmt(`DELETE FROM ${t}`).run();
      this.stmt(`DELETE FROM counters WHERE name NOT IN ('generation', 'summaries_built')`).run();
      this.addCount('documents', ids.length);
      for (const r of this.stmt('SELECT kind, count(*) AS n FROM annotations GROUP BY kind').all() as Array<{ kind: string; n: number }>)
        this.addCount(`kind:${r.kind}`, r.n);
    })();
    for (let i = 0; i < ids.length; i += REBUILD_CHUNK) {
      const chunk = ids.slice(i, i + REBUILD_CHUNK);
      const byDoc = new Map<string, SummaryRow[]>(chunk.map((id) => [id, []]));
      for (const r of rowsOf.all(JSON.stringify(chunk), ...SUMMARY_KINDS) as Array<Omit<SummaryRow, 'data'> & { doc_id: string; data_json: string }>)
        byDoc.get(r.doc_id)?.push({ kind: r.kind, label: r.label, start: r.start, end: r.end, text: r.text, data: JSON.parse(r.data_json) });
      const delta = emptyDelta();
      for (const [id, rows] of byDoc) addDocument(delta, id, rows, 1);
      this.db.transaction(() => this.apply(delta))();
    }
    this.db.transaction(() => {
      this.stmt(`UPDATE counters SET value = 1 WHERE name = 'summaries_built'`).run();
      this.bumpGeneration();
    })();
    // Statistics for the planner over the new tables (sampled: quick on large files).
    this.db.pragma('analysis_limit = 1000');
    this.db.exec('ANALYZE');
  }

  // ---- reads ----

  entityNamesWithLabel(label: string): Array<{ key: string; name: string }> {
    return this.stmt(
      `SELECT n.key, n.value AS name FROM entity_forms l JOIN entity_forms n ON n.key = l.key AND n.form = 'name' AND n.n > 0
       WHERE l.form = 'label' AND l.value = ? AND l.n > 0`,
    ).all(label) as Array<{ key: string; name: string }>;
  }

  entityDocumentFrequencies(keys: string[]): { documents: number; frequencies: Map<string, number> } {
    const frequencies = new Map<string, number>();
    const read = this.stmt('SELECT key, documents FROM entity_summary WHERE key IN (SELECT value FROM json_each(?))');
    for (let i = 0; i < keys.length; i += IN_CHUNK * 10)
      for (const r of read.all(JSON.stringify(keys.slice(i, i + IN_CHUNK * 10))) as Array<{ key: string; documents: number }>) frequencies.set(r.key, r.documents);
    const documents = (this.stmt('SELECT count(DISTINCT doc_id) AS n FROM doc_entities').get() as { n: number }).n;
    return { documents, frequencies };
  }

  documentsNamingEntities(keys: string[]): string[] {
    const rows = this.stmt('SELECT DISTINCT doc_id FROM doc_entities WHERE key IN (SELECT value FROM json_each(?)) ORDER BY doc_id').all(JSON.stringify(keys)) as Array<{ doc_id: string }>;
    return rows.map((r) => r.doc_id);
  }

  counter(name: string): number {
    return (this.stmt('SELECT value FROM counters WHERE name = ?').get(name) as { value: number } | undefined)?.value ?? 0;
  }

  generation(): number {
    return this.counter('generation');
  }

  counts(): CorpusCounts {
    const c = new Map((this.stmt('SELECT name, value FROM counters').all() as Array<{ name: string; value: number }>).map((r) => [r.name, r.value]));
    const one = (sql: string) => (this.stmt(sql).get() as { n: number }).n;
    return {
      documents: c.get('documents') ?? 0,
      entities: one('SELECT count(*) AS n FROM entity_summary'),
      places: one('SELECT count(*) AS n FROM place_summary'),
      annotations: Object.fromEntries(KINDS.map((k) => [k, c.get(`kind:${k}`) ?? 0])) as Record<AnnotationKind, number>,
    };
  }

  queryEntities(q: EntityQuery): Counted<EntityRow> {
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (q.types?.length) {
      where.push(`type IN (${q.types.map(() => '?').join(',')})`);
      params.push(...q.types);
    }
    if (q.contains) {
      where.push(`instr(name_norm, ?) > 0`);
      params.push(q.contains);
    }
    for (const word of q.words ?? []) {
      // a whole word: the spaced word within the spaced name (normalised names are words and single spaces)
      where.push(`instr(' ' || name_norm || ' ', ?) > 0`);
      params.push(` ${word} `);
    }
    if (q.keys) {
      if (!q.keys.length) return { total: 0, items: [] };
      // The keys as one JSON parameter: one prepared statement however many there are.
      where.push(`key IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(q.keys));
    }
    if (q.minMentions) {
      where.push('mentions >= ?');
      params.push(q.minMentions);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.stmt(`SELECT count(*) AS n FROM entity_summary ${w}`).get(...params) as { n: number }).n;
    const items = this
      .stmt(`SELECT key, name, type, mentions, documents FROM entity_summary ${w} ORDER BY ${ENTITY_ORDER[q.sort ?? 'articles']} LIMIT ? OFFSET ?`)
      .all(...params, q.limit ?? -1, q.offset ?? 0) as EntityRow[];
    return { total, items };
  }

  entityAliases(key: string): Array<{ text: string; count: number }> {
    return this
      .stmt(`SELECT value AS text, n AS count FROM entity_forms WHERE key = ? AND form = 'alias' AND n > 0 ORDER BY n DESC, value`)
      .all(key) as Array<{ text: string; count: number }>;
  }

  aliasesContaining(text: string): Array<{ key: string; text: string }> {
    // lower() without ICU lowers A–Z only, as the PostgreSQL side does with translate()
    return this
      .stmt(`SELECT key, value AS text FROM entity_forms WHERE form = 'alias' AND n > 0 AND instr(lower(value), ?) > 0 ORDER BY key, value`)
      .all(text) as Array<{ key: string; text: string }>;
  }

  entityDocuments(key: string, limit?: number): Array<{ docId: string; mentions: number }> {
    return this
      .stmt('SELECT doc_id AS docId, mentions FROM doc_entities WHERE key = ? ORDER BY doc_id LIMIT ?')
      .all(key, limit ?? -1) as Array<{ docId: string; mentions: number }>;
  }

  entityDocumentPage(key: string, q: EntityDocumentQuery): Counted<EntityDocumentRow> {
    let total: number;
    let rows: EntityDocumentRow[];
    if (q.with === undefined) {
      // The summary row has the count; an index on (key, sort columns) gives the page.
      total = (this.stmt('SELECT documents AS n FROM entity_summary WHERE key = ?').get(key) as { n: number } | undefined)?.n ?? 0;
      rows = this.stmt(
        `SELECT doc_id AS docId, title, published, mentions FROM doc_entities WHERE key = ?
         ORDER BY ${ENTITY_DOCUMENT_ORDER[q.sort]} LIMIT ? OFFSET ?`,
      ).all(key, q.limit, q.offset) as EntityDocumentRow[];
    } else {
      // Both entities: entity_pairs counts the articles naming both. A page by date or title walks
      // the first entity's index in that order, probing the second, when the articles naming both
      // are dense enough among the first's for that to stop early; otherwise the entity in fewer
      // articles is read whole and the other probed. (The planner cannot know the density.)
      const docsOf = new Map(this.queryEntities({ keys: [key, q.with] }).items.map((e) => [e.key, e.documents]));
      total = key === q.with ? (docsOf.get(key) ?? 0) : ((this.stmt('SELECT docs FROM entity_pairs WHERE a = ? AND b = ?').get(key, q.with) as { docs: number } | undefined)?.docs ?? 0);
      if (!total) return { total, items: [] };
      const [small, large] = (docsOf.get(key) ?? 0) <= (docsOf.get(q.with) ?? 0) ? [key, q.with] : [q.with, key];
      const walk = ((q.offset + q.limit) * (docsOf.get(key) ?? 0)) / total;
      if (q.sort !== 'mentions' && walk < (docsOf.get(small) ?? 0) / 2) {
        const index = q.sort === 'date' ? 'doc_entities_by_date' : 'doc_entities_by_title';
        rows = this.stmt(
          `SELECT doc_id AS docId, title, published, mentions FROM (
             SELECT e.doc_id, e.title, e.published, e.mentions + w.mentions AS mentions
             FROM doc_entities e INDEXED BY ${index} CROSS JOIN doc_entities w ON w.doc_id = e.doc_id AND w.key = ? WHERE e.key = ?
           ) ORDER BY ${ENTITY_DOCUMENT_ORDER[q.sort]} LIMIT ? OFFSET ?`,
        ).all(q.with, key, q.limit, q.offset) as EntityDocumentRow[];
      } else
        rows = this.stmt(
          `SELECT doc_id AS docId, title, published, mentions FROM (
             SELECT s.doc_id, s.title, s.published, s.mentions + l.mentions AS mentions
             FROM doc_entities s CROSS JOIN doc_entities l ON l.doc_id = s.doc_id AND l.key = ? WHERE s.key = ?
           ) ORDER BY ${ENTITY_DOCUMENT_ORDER[q.sort]} LIMIT ? OFFSET ?`,
        ).all(large, small, q.limit, q.offset) as EntityDocumentRow[];
    }
    // Undated documents are stored with '' (so they sort last); the API says null.
    return { total, items: rows.map((d) => ({ ...d, published: d.published || null })) };
  }

  coMentioned(key: string, limit: number): Array<EntityRow & { shared: number }> {
    return this
      .stmt(
        `SELECT e.key, e.name, e.type, e.mentions, e.documents, p.docs AS shared
         FROM entity_pairs p JOIN entity_summary e ON e.key = p.b
         WHERE p.a = ? AND p.docs > 0 ORDER BY p.docs DESC, e.mentions DESC, e.key LIMIT ?`,
      )
      .all(key, limit) as Array<EntityRow & { shared: number }>;
  }

  nearLinks(keys: string[]): Array<{ a: string; b: string; weight: number }> {
    if (keys.length < 2) return [];
    // One statement probing the primary key once per pair a < b (the keys as one JSON parameter:
    // one prepared statement whatever their number), not one statement per entity.
    const list = JSON.stringify(keys);
    return (
      this.stmt(
        `SELECT p.a, p.b, p.near FROM json_each(?) x JOIN json_each(?) y ON y.value > x.value
         CROSS JOIN entity_pairs p ON p.a = x.value AND p.b = y.value WHERE p.near > 0`,
      ).all(list, list) as Array<{ a: string; b: string; near: number }>
    ).map((r) => ({ a: r.a, b: r.b, weight: r.near }));
  }

  documentSummaries(ids: string[]): DocSummary[] {
    const out: DocSummary[] = [];
    // Named indexes (migration 10): without statistics the planner takes the unique index on id and
    // reads each wide row, and annotations_doc then each event row, where these cover the query.
    const stmt = this.stmt(
      `SELECT d.id, d.title, d.published, d.words,
              coalesce((SELECT s.location FROM sources s WHERE s.doc_id = d.id ORDER BY s.added_at, s.location LIMIT 1), '') AS source
       FROM documents d INDEXED BY documents_summary WHERE d.id IN (SELECT value FROM json_each(?))`,
    );
    for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(stmt.all(JSON.stringify(ids.slice(i, i + IN_CHUNK))) as DocSummary[]));
    return out;
  }

  /** Counted by SQLite: a facet window of 500 documents names some 10,000 entities (rows). */
  entityDocumentCounts(ids: string[], limit: number): Array<{ key: string; documents: number }> {
    return this.stmt(
      `SELECT key, count(*) AS documents FROM doc_entities WHERE doc_id IN (SELECT DISTINCT value FROM json_each(?))
       GROUP BY key ORDER BY documents DESC, key LIMIT ?`,
    ).all(JSON.stringify(ids), limit) as Array<{ key: string; documents: number }>;
  }

  documentFacets(ids: string[], withEntities = true): DocFacets[] {
    const facets = new Map<string, DocFacets>();
    // doc_entities rows carry their document's date (documents are never rewritten), so one
    // clustered read gives both; only documents naming no entity are looked up in documents. One
    // row per document with its keys as a JSON list: 500 hits name some 10,000 entities, and making
    // a JavaScript object of each row cost more than reading them.
    const entities = this.stmt(
      `SELECT doc_id, max(published) AS published, json_group_array(key) AS keys FROM doc_entities
       WHERE doc_id IN (SELECT value FROM json_each(?)) GROUP BY doc_id`,
    );
    // The covering indexes of migration 10, named as in documentSummaries.
    const published = this.stmt('SELECT id, published FROM documents INDEXED BY documents_summary WHERE id IN (SELECT value FROM json_each(?))');
    const eventTypes = this.stmt(
      `SELECT DISTINCT doc_id, label FROM annotations INDEXED BY annotations_event_types WHERE doc_id IN (SELECT value FROM json_each(?)) AND kind = 'event'`,
    );
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      const chunk = ids.slice(i, i + IN_CHUNK);
      const list = JSON.stringify(chunk);
      if (withEntities)
        for (const r of entities.all(list) as Array<{ doc_id: string; keys: string; published: string }>)
          facets.set(r.doc_id, { docId: r.doc_id, published: r.published || null, entities: JSON.parse(r.keys) as string[], eventTypes: [] });
      const rest = chunk.filter((id) => !facets.has(id));
      if (rest.length)
        for (const r of published.all(JSON.stringify(rest)) as Array<{ id: string; published: string | null }>)
          facets.set(r.id, { docId: r.id, published: r.published, entities: [], eventTypes: [] });
      for (const r of eventTypes.all(list) as Array<{ doc_id: string; label: string }>) facets.get(r.doc_id)?.eventTypes.push(r.label);
    }
    return ids.map((id) => facets.get(id)).filter((f): f is DocFacets => !!f);
  }

  queryPlaces(q: { nameNorm?: string; limit?: number; offset?: number }): Counted<PlaceRow> {
    const w = q.nameNorm !== undefined ? 'WHERE name_norm = ?' : '';
    const params = q.nameNorm !== undefined ? [q.nameNorm] : [];
    const total = (this.stmt(`SELECT count(*) AS n FROM place_summary ${w}`).get(...params) as { n: number }).n;
    const rows = this
      .stmt(`SELECT key, place_json, mentions, documents, entity FROM place_summary ${w} ORDER BY mentions DESC, key LIMIT ? OFFSET ?`)
      .all(...params, q.limit ?? -1, q.offset ?? 0) as Array<Omit<PlaceRow, 'place'> & { place_json: string }>;
    return { total, items: rows.map(({ place_json, ...r }) => ({ ...r, place: JSON.parse(place_json) })) };
  }

  placeDocumentLists(keys: string[], limitEach: number): Array<{ key: string; id: string; title: string }> {
    if (!keys.length || limitEach < 1) return [];
    // Per place, its documents up to the limitEach-th (found by a probe that depends on the place
    // only, so it bounds the range read), in one statement. A place with fewer has no bound: the
    // largest code point sorts after every id. Titles from the narrow index of migration 10 (the
    // table's row would be read, then its title: two lookups per document).
    return this.stmt(
      `SELECT j.value AS key, p.doc_id AS id, d.title FROM json_each(?) j
       CROSS JOIN place_docs p ON p.key = j.value
         AND p.doc_id <= coalesce((SELECT x.doc_id FROM place_docs x WHERE x.key = j.value ORDER BY x.doc_id LIMIT 1 OFFSET ?), char(1114111))
       CROSS JOIN documents d INDEXED BY documents_summary ON d.id = p.doc_id
       ORDER BY j.key, p.doc_id`,
    ).all(JSON.stringify(keys), limitEach - 1) as Array<{ key: string; id: string; title: string }>;
  }

  placeDocuments(key: string, limit: number): Array<{ id: string; title: string }> {
    return this
      .stmt('SELECT p.doc_id AS id, d.title FROM place_docs p CROSS JOIN documents d INDEXED BY documents_summary ON d.id = p.doc_id WHERE p.key = ? ORDER BY p.doc_id LIMIT ?')
      .all(key, limit) as Array<{ id: string; title: string }>;
  }

  queryQuotes(q: QuoteQuery): Counted<QuoteRow> {
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (q.docId) {
      where.push('q.doc_id = ?');
      params.push(q.docId);
    }
    if (q.speakerEntities !== undefined) {
      where.push(q.speakerName !== undefined ? '(q.entity IN (SELECT value FROM json_each(?)) OR q.speaker_norm = ?)' : 'q.entity IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(q.speakerEntities), ...(q.speakerName !== undefined ? [q.speakerName] : []));
    } else if (q.speakerEntity !== undefined && q.speakerName !== undefined) {
      where.push('(q.entity = ? OR q.speaker_norm = ?)');
      params.push(q.speakerEntity, q.speakerName);
    } else if (q.speakerEntity !== undefined) {
      where.push('q.entity = ?');
      params.push(q.speakerEntity);
    } else if (q.speakerName !== undefined) {
      where.push('q.speaker_norm = ?');
      params.push(q.speakerName);
    }
    const filtered = where.length > 0;
    const total = filtered
      ? (this.stmt(`SELECT count(*) AS n FROM quote_speakers q WHERE ${where.join(' AND ')}`).get(...params) as { n: number }).n
      : this.counter('kind:quote');
    let offset = q.offset ?? 0;
    if (!filtered && offset >= PAGE_ANCHOR_STEP) {
      const start = this.quoteAnchors.at(offset, this.generation());
      if (start.from) {
        where.push('(q.doc_id, q.start, q.rowid) >= (?, ?, ?)');
        params.push(...start.from);
        offset = start.skip;
      }
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // The page is cut from quote_speakers alone (a covering index at any offset), then joined;
    // CROSS JOIN keeps it outermost, so its order holds.
    const rows = this
      .stmt(
        `SELECT q.doc_id, q.entity, a.kind, a.label, a.start, a.end, a.text, a.data_json
         FROM (SELECT q.doc_id, q.start, q.end, q.entity, q.rowid AS seq FROM quote_speakers q ${w} ORDER BY q.doc_id, q.start, q.rowid LIMIT ? OFFSET ?) q
         CROSS JOIN annotations a ON a.doc_id = q.doc_id AND a.kind = 'quote' AND a.start = q.start AND a.end = q.end
         ORDER BY q.doc_id, q.start, q.seq`,
      )
      .all(...params, q.limit ?? -1, offset) as Array<{ doc_id: string; entity: string | null; kind: AnnotationKind; label: string; start: number; end: number; text: string; data_json: string }>;
    return {
      total,
      items: rows.map((r) => ({
        docId: r.doc_id, kind: r.kind, label: r.label, start: r.start, end: r.end, text: r.text,
        data: JSON.parse(r.data_json) as Record<string, unknown>, speakerEntity: r.entity,
      })),
    };
  }
}
