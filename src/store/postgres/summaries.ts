// PostgreSQL side of the summaries (see ../summaries.ts): deltas applied as set-based upserts
// (unnest arrays: a few round trips per batch), the one-time rebuild, and the reads the API needs.
import type pg from 'pg';
import type { AnnotationKind, CorpusCounts, Counted, DocFacets, DocSummary, EntityDocumentQuery, EntityDocumentRow, EntityQuery, EntityRow, PlaceRow, QuoteQuery, QuoteRow } from '../interface.js';
import { addDocument, emptyDelta, ENTITY_ORDER, lostFirstMentions, placeNameWins, REBUILD_CHUNK, settleFirstMentions, SUMMARY_KINDS, topForm, type StoredFirst, type SummaryDelta, type SummaryRow } from '../summaries.js';
import { normaliseName } from '../keys.js';

/** Whether an upsert's offered place renames the stored row (summaries.ts preferredPlaceName); "C" compares by code point. */
const RENAMES = placeNameWins('place_summary', (json) => `(${json}::jsonb ->> 'name')`, 'char_length', ' COLLATE "C"');

type Queryable = pg.Pool | pg.PoolClient;

const KINDS: AnnotationKind[] = ['mention', 'place', 'time', 'event', 'figure', 'quote', 'sentence'];

function split(id: string): [string, string] {
  const cut = id.indexOf('\u0000');
  return [id.slice(0, cut), id.slice(cut + 1)];
}

export async function bumpGeneration(c: Queryable): Promise<void> {
  await c.query(`UPDATE counters SET value = value + 1 WHERE name = 'generation'`);
}

export async function addCounts(c: Queryable, counts: Map<string, number>): Promise<void> {
  if (!counts.size) return;
  await c.query(
    `INSERT INTO counters(name, value) SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`,
    [[...counts.keys()], [...counts.values()]],
  );
}

export async function docRows(c: Queryable, docIds: string[]): Promise<Map<string, SummaryRow[]>> {
  const byDoc = new Map<string, SummaryRow[]>(docIds.map((id) => [id, []]));
  const { rows } = await c.query<{ doc_id: string; kind: string; label: string; start: number; end: number; text: string; data_json: string }>(
    `SELECT doc_id, kind, label, start_offset AS start, end_offset AS end, text, data_json FROM annotations
     WHERE doc_id = ANY($1) AND kind = ANY($2) ORDER BY seq`,
    [docIds, SUMMARY_KINDS],
  );
  for (const r of rows) byDoc.get(r.doc_id)?.push({ kind: r.kind, label: r.label, start: r.start, end: r.end, text: r.text, data: JSON.parse(r.data_json) });
  return byDoc;
}

/**
 * Rewrites documents' mentions in one delta, as the SQLite engine does: their rows as stored are
 * subtracted, `change` runs, the new rows are added, and each place touched takes the first mention
 * saving every document fresh would give it (settleFirstMentions: the first saved document naming
 * it). Subtracting and adding in two deltas deleted what the first emptied and wrote it back from
 * these documents alone. The caller holds the transaction.
 */
export async function rewriteDocuments<T>(c: Queryable, docIds: string[], change: () => Promise<T>): Promise<T> {
  const delta = emptyDelta();
  for (const [id, rows] of await docRows(c, docIds)) addDocument(delta, id, rows, -1);
  const result = await change();
  const rewritten = await docRows(c, docIds);
  for (const [id, rows] of rewritten) addDocument(delta, id, rows, 1);
  if (delta.places.size) {
    const { rows: firsts } = await c.query<{ key: string; doc_id: string; start: number; entity: string | null }>(
      'SELECT key, first_doc AS doc_id, first_start AS start, entity FROM place_summary WHERE key = ANY($1)',
      [[...delta.places.keys()]],
    );
    const stored = new Map<string, StoredFirst>(firsts.map((f) => [f.key, { docId: f.doc_id, start: f.start, entity: f.entity }]));
    // a first mention whose document lost the place: the first saved of the others naming it (rare)
    const lost = lostFirstMentions(delta, rewritten, stored);
    const others = new Map<string, string>();
    if (lost.length) {
      const { rows } = await c.query<{ key: string; doc_id: string }>(
        `SELECT DISTINCT ON (p.key) p.key, p.doc_id FROM place_docs p JOIN documents d ON d.id = p.doc_id
         WHERE p.key = ANY($1) AND NOT p.doc_id = ANY($2) ORDER BY p.key, d.seq`,
        [lost, docIds],
      );
      for (const r of rows) others.set(r.key, r.doc_id);
    }
    const otherRows = others.size ? await docRows(c, [...new Set(others.values())]) : new Map<string, SummaryRow[]>();
    const elsewhere = new Map([...others].map(([key, docId]) => [key, { docId, rows: otherRows.get(docId)! }]));
    const ids = [...new Set([...docIds, ...[...stored.values()].map((f) => f.docId), ...others.values()])];
    const { rows: ranks } = await c.query<{ id: string; seq: string }>('SELECT id, seq FROM documents WHERE id = ANY($1)', [ids]);
    settleFirstMentions(delta, rewritten, stored, elsewhere, new Map(ranks.map((r) => [r.id, Number(r.seq)])));
  }
  await applyDelta(c, delta);
  return result;
}

/** Applies a delta; the caller holds the transaction. */
export async function applyDelta(c: Queryable, delta: SummaryDelta): Promise<void> {
  if (delta.removedDocs.length) {
    for (const t of ['doc_entities', 'place_docs', 'quote_speakers']) await c.query(`DELETE FROM ${t} WHERE doc_id = ANY($1)`, [delta.removedDocs]);
  }
  // Rows are upserted in key order so concurrent workers lock them in the same order (no deadlock).
  const byKey = <T>(m: Map<string, T>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const entities = byKey(delta.entities);
  const keys = entities.map(([k]) => k);
  if (keys.length) {
    const fk: string[] = [], ff: string[] = [], fv: string[] = [], fn: number[] = [];
    for (const [key, e] of entities)
      for (const [f, n] of e.forms) {
        if (!n) continue;
        const [form, value] = split(f);
        fk.push(key), ff.push(form), fv.push(value), fn.push(n);
      }
    await c.query(
      `INSERT INTO entity_forms(key, form, value, n) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT (key, form, value) DO UPDATE SET n = entity_forms.n + excluded.n`,
      [fk, ff, fv, fn],
    );
    const list = entities.map(([, e]) => e);
    await c.query(
      `INSERT INTO entity_summary(key, name, name_norm, type, mentions, documents)
       SELECT k, '', '', '', m, d FROM unnest($1::text[], $2::int[], $3::int[]) AS t(k, m, d)
       ON CONFLICT (key) DO UPDATE SET mentions = entity_summary.mentions + excluded.mentions, documents = entity_summary.documents + excluded.documents`,
      [keys, list.map((e) => e.mentions), list.map((e) => e.documents)],
    );
    const { rows } = await c.query<{ key: string; form: string; value: string; n: number }>(
      `SELECT key, form, value, n FROM entity_forms WHERE key = ANY($1) AND form IN ('name', 'label') AND n > 0`,
      [keys],
    );
    const forms = new Map<string, { name: Array<{ value: string; n: number }>; label: Array<{ value: string; n: number }> }>();
    for (const r of rows) {
      let f = forms.get(r.key);
      if (!f) forms.set(r.key, (f = { name: [], label: [] }));
      (r.form === 'name' ? f.name : f.label).push(r);
    }
    const uk: string[] = [], un: string[] = [], unn: string[] = [], ut: string[] = [];
    for (const [key, f] of forms) {
      const name = topForm(f.name);
      const type = topForm(f.label);
      if (name === undefined || type === undefined) continue;
      uk.push(key), un.push(name), unn.push(normaliseName(name)), ut.push(type);
    }
    await c.query(
      `UPDATE entity_summary s SET name = t.n, name_norm = t.nn, type = t.ty
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(k, n, nn, ty) WHERE s.key = t.k`,
      [uk, un, unn, ut],
    );
  }
  const pa: string[] = [], pb: string[] = [], pd: number[] = [], pn: number[] = [];
  for (const [a, row] of byKey(delta.pairs))
    for (const [b, p] of byKey(row)) {
      if (!p.docs && !p.near) continue;
      pa.push(a), pb.push(b), pd.push(p.docs), pn.push(p.near);
    }
  if (pa.length)
    await c.query(
      `INSERT INTO entity_pairs(a, b, docs, near) SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[])
       ON CONFLICT (a, b) DO UPDATE SET docs = entity_pairs.docs + excluded.docs, near = entity_pairs.near + excluded.near`,
      [pa, pb, pd, pn],
    );
  if (delta.places.size) {
    const ps = byKey(delta.places);
    await c.query(
      `INSERT INTO place_summary(key, place_json, name_norm, mentions, documents, first_doc, first_start, entity)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::int[], $8::text[])
       ON CONFLICT (key) DO UPDATE SET mentions = place_summary.mentions + excluded.mentions,
         documents = place_summary.documents + excluded.documents,
         entity = CASE WHEN place_summary.first_doc = excluded.first_doc AND place_summary.first_start = excluded.first_start
                       THEN excluded.entity ELSE place_summary.entity END,
         place_json = CASE WHEN ${RENAMES} THEN excluded.place_json ELSE place_summary.place_json END,
         name_norm = CASE WHEN ${RENAMES} THEN excluded.name_norm ELSE place_summary.name_norm END`,
      [
        ps.map(([k]) => k),
        ps.map(([, p]) => JSON.stringify(p.place)),
        ps.map(([, p]) => normaliseName(p.place.name)),
        ps.map(([, p]) => p.mentions),
        ps.map(([, p]) => p.documents),
        ps.map(([, p]) => p.first.docId),
        ps.map(([, p]) => p.first.start),
        ps.map(([, p]) => p.entity),
      ],
    );
    // a first mention settled over the whole store (a rewrite) replaces the stored one
    const settled = ps.filter(([, p]) => p.settled);
    if (settled.length)
      await c.query(
        `UPDATE place_summary s SET first_doc = t.d, first_start = t.st, entity = t.e
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) AS t(k, d, st, e) WHERE s.key = t.k`,
        [settled.map(([k]) => k), settled.map(([, p]) => p.first.docId), settled.map(([, p]) => p.first.start), settled.map(([, p]) => p.entity)],
      );
  }
  if (delta.docEntities.length)
    // The document's date and title ride along: an entity's article pages are sorted by them (migration 7).
    await c.query(
      `INSERT INTO doc_entities(doc_id, key, mentions, published, title)
       SELECT u.doc_id, u.key, u.mentions, coalesce(d.published, ''), coalesce(d.title, '')
       FROM unnest($1::text[], $2::text[], $3::int[]) AS u(doc_id, key, mentions) LEFT JOIN documents d ON d.id = u.doc_id`, [
      delta.docEntities.map((r) => r.docId),
      delta.docEntities.map((r) => r.key),
      delta.docEntities.map((r) => r.mentions),
    ]);
  if (delta.placeDocs.length)
    await c.query(`INSERT INTO place_docs(key, doc_id, mentions) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [
      delta.placeDocs.map((r) => r.key),
      delta.placeDocs.map((r) => r.docId),
      delta.placeDocs.map((r) => r.mentions),
    ]);
  if (delta.quoteSpeakers.length)
    await c.query(
      `INSERT INTO quote_speakers(doc_id, start_offset, end_offset, entity, speaker_norm) SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[])`,
      [
        delta.quoteSpeakers.map((q) => q.docId),
        delta.quoteSpeakers.map((q) => q.start),
        delta.quoteSpeakers.map((q) => q.end),
        delta.quoteSpeakers.map((q) => q.entity),
        delta.quoteSpeakers.map((q) => q.speakerNorm),
      ],
    );
  if (delta.removedDocs.length) {
    // Subtractions can empty rows: drop them so counts and listings stay exact.
    await c.query('DELETE FROM entity_forms WHERE key = ANY($1) AND n <= 0', [keys]);
    await c.query('DELETE FROM entity_summary WHERE key = ANY($1) AND mentions <= 0', [keys]);
    if (pa.length) await c.query('DELETE FROM entity_pairs WHERE a = ANY($1) AND docs <= 0 AND near <= 0', [pa]);
    await c.query('DELETE FROM place_summary WHERE key = ANY($1) AND mentions <= 0', [[...delta.places.keys()]]);
  }
}

/** Builds every summary from the annotations (once after the migration that added them, or when forced). */
export async function rebuild(pool: pg.Pool, inTransaction: <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>, force = false): Promise<void> {
  if (!force && (await counter(pool, 'summaries_built'))) return;
  await inTransaction(async (c) => {
    // One builder at a time across workers.
    await c.query('SELECT pg_advisory_xact_lock(7240918)');
    if (!force && (await counter(c, 'summaries_built'))) return;
    for (const t of ['entity_summary', 'entity_forms', 'doc_entities', 'entity_pairs', 'place_summary', 'place_docs', 'quote_speakers']) await c.query(`DELETE FROM ${t}`);
    await c.query(`DELETE FROM counters WHERE name NOT IN ('generation', 'summaries_built')`);
    // in save order, as saves add them: a place's first mention is in the first saved document naming it
    const ids = (await c.query<{ id: string }>('SELECT id FROM documents ORDER BY seq')).rows.map((r) => r.id);
    const counts = new Map<string, number>([['documents', ids.length]]);
    for (const r of (await c.query<{ kind: string; n: string }>('SELECT kind, count(*) AS n FROM annotations GROUP BY kind')).rows)
      counts.set(`kind:${r.kind}`, Number(r.n));
    await addCounts(c, counts);
    for (let i = 0; i < ids.length; i += REBUILD_CHUNK) {
      const delta = emptyDelta();
      for (const [id, docRowsOf] of await docRows(c, ids.slice(i, i + REBUILD_CHUNK))) addDocument(delta, id, docRowsOf, 1);
      await applyDelta(c, delta);
    }
    await c.query(`UPDATE counters SET value = 1 WHERE name = 'summaries_built'`);
    await bumpGeneration(c);
  });
}

// ---- reads ----

export async function counter(c: Queryable, name: string): Promise<number> {
  const { rows } = await c.query<{ value: string }>('SELECT value FROM counters WHERE name = $1', [name]);
  return Number(rows[0]?.value ?? 0);
}

export async function counts(c: Queryable): Promise<CorpusCounts> {
  const { rows } = await c.query<{ name: string; value: string }>('SELECT name, value FROM counters');
  const m = new Map(rows.map((r) => [r.name, Number(r.value)]));
  const { rows: n } = await c.query<{ e: string; p: string }>('SELECT (SELECT count(*) FROM entity_summary) AS e, (SELECT count(*) FROM place_summary) AS p');
  return {
    documents: m.get('documents') ?? 0,
    entities: Number(n[0].e),
    places: Number(n[0].p),
    annotations: Object.fromEntries(KINDS.map((k) => [k, m.get(`kind:${k}`) ?? 0])) as Record<AnnotationKind, number>,
  };
}

export async function queryEntities(c: Queryable, q: EntityQuery): Promise<Counted<EntityRow>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (q.types?.length) add((p) => `type = ANY(${p})`, q.types);
  if (q.contains) add((p) => `strpos(name_norm, ${p}) > 0`, q.contains);
  // a whole word: the spaced word within the spaced name (normalised names are words and single spaces)
  for (const word of q.words ?? []) add((p) => `strpos(' ' || name_norm || ' ', ${p}) > 0`, ` ${word} `);
  if (q.keys) add((p) => `key = ANY(${p})`, q.keys);
  if (q.minMentions) add((p) => `mentions >= ${p}`, q.minMentions);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM entity_summary ${w}`, params)).rows[0].n);
  const { rows } = await c.query<EntityRow>(
    `SELECT key, name, type, mentions, documents FROM entity_summary ${w}
     ORDER BY ${ENTITY_ORDER[q.sort ?? 'articles']} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, q.limit ?? null, q.offset ?? 0],
  );
  return { total, items: rows };
}

export async function entityAliases(c: Queryable, key: string): Promise<Array<{ text: string; count: number }>> {
  const { rows } = await c.query<{ text: string; count: number }>(
    `SELECT value AS text, n AS count FROM entity_forms WHERE key = $1 AND form = 'alias' AND n > 0 ORDER BY n DESC, value`,
    [key],
  );
  return rows;
}

/** A–Z lowered, nothing else: SQLite's lower() without ICU, so both engines find the same aliases. */
const ASCII_LOWER = `translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;

export async function aliasesContaining(c: Queryable, text: string): Promise<Array<{ key: string; text: string }>> {
  const { rows } = await c.query<{ key: string; text: string }>(
    `SELECT key, value AS text FROM entity_forms WHERE form = 'alias' AND n > 0 AND strpos(${ASCII_LOWER}, $1) > 0
     ORDER BY key COLLATE "C", value COLLATE "C"`,
    [text],
  );
  return rows;
}

export async function entityDocuments(c: Queryable, key: string, limit?: number): Promise<Array<{ docId: string; mentions: number }>> {
  const { rows } = await c.query<{ docId: string; mentions: number }>(
    'SELECT doc_id AS "docId", mentions FROM doc_entities WHERE key = $1 ORDER BY doc_id LIMIT $2',
    [key, limit ?? null],
  );
  return rows;
}

const ENTITY_DOCUMENT_ORDER: Record<EntityDocumentQuery['sort'], string> = {
  date: 'published COLLATE "C" DESC, mentions DESC, doc_id COLLATE "C"',
  mentions: 'mentions DESC, published COLLATE "C" DESC, doc_id COLLATE "C"',
  title: 'title COLLATE "C", doc_id COLLATE "C"',
};

export async function entityDocumentPage(c: Queryable, key: string, q: EntityDocumentQuery): Promise<Counted<EntityDocumentRow>> {
  let total: number;
  let rows: EntityDocumentRow[];
  if (q.with === undefined) {
    // The summary row has the count; an index on (key, sort columns) gives the page.
    total = (await c.query<{ n: number }>('SELECT documents AS n FROM entity_summary WHERE key = $1', [key])).rows[0]?.n ?? 0;
    rows = (
      await c.query<EntityDocumentRow>(
        `SELECT doc_id AS "docId", title, published, mentions FROM doc_entities WHERE key = $1
         ORDER BY ${ENTITY_DOCUMENT_ORDER[q.sort]} LIMIT $2 OFFSET $3`,
        [key, q.limit, q.offset],
      )
    ).rows;
  } else {
    const both = `FROM doc_entities s JOIN doc_entities l ON l.doc_id = s.doc_id AND l.key = $2 WHERE s.key = $1`;
    // entity_pairs counts the articles naming both.
    total =
      key === q.with
        ? ((await c.query<{ n: number }>('SELECT documents AS n FROM entity_summary WHERE key = $1', [key])).rows[0]?.n ?? 0)
        : ((await c.query<{ n: number }>('SELECT docs AS n FROM entity_pairs WHERE a = $1 AND b = $2', [key, q.with])).rows[0]?.n ?? 0);
    rows = (
      await c.query<EntityDocumentRow>(
        `SELECT doc_id AS "docId", title, published, mentions FROM (
           SELECT s.doc_id, s.title, s.published, s.mentions + l.mentions AS mentions ${both}
         ) x ORDER BY ${ENTITY_DOCUMENT_ORDER[q.sort]} LIMIT $3 OFFSET $4`,
        [key, q.with, q.limit, q.offset],
      )
    ).rows;
  }
  // Undated documents are stored with '' (so they sort last); the API says null.
  return { total, items: rows.map((d) => ({ ...d, published: d.published || null })) };
}

export async function coMentioned(c: Queryable, key: string, limit: number): Promise<Array<EntityRow & { shared: number }>> {
  const { rows } = await c.query<EntityRow & { shared: number }>(
    `SELECT e.key, e.name, e.type, e.mentions, e.documents, p.docs AS shared
     FROM entity_pairs p JOIN entity_summary e ON e.key = p.b
     WHERE p.a = $1 AND p.docs > 0 ORDER BY p.docs DESC, e.mentions DESC, e.key LIMIT $2`,
    [key, limit],
  );
  return rows;
}

export async function nearLinks(c: Queryable, keys: string[]): Promise<Array<{ a: string; b: string; weight: number }>> {
  if (keys.length < 2) return [];
  const { rows } = await c.query<{ a: string; b: string; weight: number }>(
    'SELECT a, b, near AS weight FROM entity_pairs WHERE a = ANY($1) AND b = ANY($1) AND a < b AND near > 0',
    [keys],
  );
  return rows;
}

export async function documentSummaries(c: Queryable, ids: string[]): Promise<DocSummary[]> {
  const { rows } = await c.query<DocSummary>(
    `SELECT d.id, d.title, d.published, d.words,
            coalesce((SELECT s.location FROM sources s WHERE s.doc_id = d.id ORDER BY s.added_at, s.location LIMIT 1), '') AS source
     FROM documents d WHERE d.id = ANY($1)`,
    [ids],
  );
  return rows;
}

export async function documentFacets(c: Queryable, ids: string[], withEntities: boolean): Promise<DocFacets[]> {
  const facets = new Map<string, DocFacets>();
  for (const r of (await c.query<{ id: string; published: string | null }>('SELECT id, published FROM documents WHERE id = ANY($1)', [ids])).rows)
    facets.set(r.id, { docId: r.id, published: r.published, entities: [], eventTypes: [] });
  if (withEntities)
    for (const r of (await c.query<{ doc_id: string; key: string }>('SELECT doc_id, key FROM doc_entities WHERE doc_id = ANY($1)', [ids])).rows)
      facets.get(r.doc_id)?.entities.push(r.key);
  for (const r of (
    await c.query<{ doc_id: string; label: string }>(`SELECT DISTINCT doc_id, label FROM annotations WHERE doc_id = ANY($1) AND kind = 'event'`, [ids])
  ).rows)
    facets.get(r.doc_id)?.eventTypes.push(r.label);
  return ids.map((id) => facets.get(id)).filter((f): f is DocFacets => !!f);
}

export async function entityDocumentCounts(c: Queryable, ids: string[], limit: number): Promise<Array<{ key: string; documents: number }>> {
  const { rows } = await c.query<{ key: string; documents: number }>(
    'SELECT key, count(*)::int AS documents FROM doc_entities WHERE doc_id = ANY($1) GROUP BY key ORDER BY documents DESC, key LIMIT $2',
    [ids, limit],
  );
  return rows;
}

export async function entityNamesWithLabel(c: Queryable, label: string): Promise<Array<{ key: string; name: string }>> {
  const { rows } = await c.query<{ key: string; name: string }>(
    `SELECT n.key, n.value AS name FROM entity_forms l JOIN entity_forms n ON n.key = l.key AND n.form = 'name' AND n.n > 0
     WHERE l.form = 'label' AND l.value = $1 AND l.n > 0`,
    [label],
  );
  return rows;
}

export async function entityDocumentFrequencies(c: Queryable, keys: string[]): Promise<{ documents: number; frequencies: Map<string, number> }> {
  const { rows } = await c.query<{ key: string; documents: number }>('SELECT key, documents::int AS documents FROM entity_summary WHERE key = ANY($1::text[])', [keys]);
  const n = await c.query<{ n: number }>('SELECT count(DISTINCT doc_id)::int AS n FROM doc_entities');
  return { documents: n.rows[0].n, frequencies: new Map(rows.map((r) => [r.key, r.documents])) };
}

export async function documentsNamingEntities(c: Queryable, keys: string[]): Promise<string[]> {
  const { rows } = await c.query<{ doc_id: string }>('SELECT DISTINCT doc_id FROM doc_entities WHERE key = ANY($1::text[]) ORDER BY doc_id', [keys]);
  return rows.map((r) => r.doc_id);
}

export async function queryPlaces(c: Queryable, q: { nameNorm?: string; limit?: number; offset?: number }): Promise<Counted<PlaceRow>> {
  const w = q.nameNorm !== undefined ? 'WHERE name_norm = $3' : '';
  const params: unknown[] = [q.limit ?? null, q.offset ?? 0, ...(q.nameNorm !== undefined ? [q.nameNorm] : [])];
  const total = Number(
    (await c.query<{ n: string }>(`SELECT count(*) AS n FROM place_summary ${w.replace('$3', '$1')}`, q.nameNorm !== undefined ? [q.nameNorm] : [])).rows[0].n,
  );
  const { rows } = await c.query<Omit<PlaceRow, 'place'> & { place_json: string }>(
    `SELECT key, place_json, mentions, documents, entity FROM place_summary ${w} ORDER BY mentions DESC, key LIMIT $1 OFFSET $2`,
    params,
  );
  return { total, items: rows.map(({ place_json, ...r }) => ({ ...r, place: JSON.parse(place_json) })) };
}

export async function placeDocuments(c: Queryable, key: string, limit: number): Promise<Array<{ id: string; title: string }>> {
  const { rows } = await c.query<{ id: string; title: string }>(
    'SELECT p.doc_id AS id, d.title FROM place_docs p JOIN documents d ON d.id = p.doc_id WHERE p.key = $1 ORDER BY p.doc_id LIMIT $2',
    [key, limit],
  );
  return rows;
}

export async function placeDocumentLists(c: Queryable, keys: string[], limitEach: number): Promise<Array<{ key: string; id: string; title: string }>> {
  if (!keys.length || limitEach < 1) return [];
  const { rows } = await c.query<{ key: string; id: string; title: string }>(
    `SELECT k.key, p.doc_id AS id, d.title
     FROM unnest($1::text[]) WITH ORDINALITY AS k(key, n)
     CROSS JOIN LATERAL (SELECT doc_id FROM place_docs WHERE key = k.key ORDER BY doc_id LIMIT $2) p
     JOIN documents d ON d.id = p.doc_id
     ORDER BY k.n, p.doc_id`,
    [keys, limitEach],
  );
  return rows;
}

export async function queryQuotes(c: Queryable, q: QuoteQuery): Promise<Counted<QuoteRow>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => (params.push(v), `$${params.length}`);
  if (q.docId) where.push(`q.doc_id = ${p(q.docId)}`);
  if (q.speakerEntities !== undefined)
    where.push(q.speakerName !== undefined ? `(q.entity = ANY(${p(q.speakerEntities)}) OR q.speaker_norm = ${p(q.speakerName)})` : `q.entity = ANY(${p(q.speakerEntities)})`);
  else if (q.speakerEntity !== undefined && q.speakerName !== undefined) where.push(`(q.entity = ${p(q.speakerEntity)} OR q.speaker_norm = ${p(q.speakerName)})`);
  else if (q.speakerEntity !== undefined) where.push(`q.entity = ${p(q.speakerEntity)}`);
  else if (q.speakerName !== undefined) where.push(`q.speaker_norm = ${p(q.speakerName)}`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM quote_speakers q ${w}`, params)).rows[0].n);
  const { rows } = await c.query<{ doc_id: string; entity: string | null; kind: AnnotationKind; label: string; start: number; end: number; text: string; data_json: string }>(
    // The page is cut from quote_speakers alone (an index-only scan at any offset), then joined.
    `SELECT q.doc_id, q.entity, a.kind, a.label, a.start_offset AS start, a.end_offset AS end, a.text, a.data_json
     FROM (SELECT q.doc_id, q.start_offset, q.end_offset, q.entity FROM quote_speakers q ${w}
           ORDER BY q.doc_id, q.start_offset LIMIT ${p(q.limit ?? null)} OFFSET ${p(q.offset ?? 0)}) q
     JOIN annotations a ON a.doc_id = q.doc_id AND a.kind = 'quote' AND a.start_offset = q.start_offset AND a.end_offset = q.end_offset
     ORDER BY q.doc_id, q.start_offset`,
    params,
  );
  return {
    total,
    items: rows.map((r) => ({
      docId: r.doc_id, kind: r.kind, label: r.label, start: r.start, end: r.end, text: r.text,
      data: JSON.parse(r.data_json) as Record<string, unknown>, speakerEntity: r.entity,
    })),
  };
}
