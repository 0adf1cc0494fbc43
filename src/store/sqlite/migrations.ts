/** A mention a short-form join moved (the partial index of migration 12 and the query that uses it). */
export const SHORT_FORM_JOINED = `(json_extract(data_json, '$.shortFormFrom') IS NOT NULL OR json_extract(data_json, '$.shortFormTo') IS NOT NULL)`;
/** A mention a person's merge or split moved (the partial index of migration 14 and the query that uses it). */
export const CURATION_MOVED = `json_extract(data_json, '$.entityBeforeCuration') IS NOT NULL`;
/** The document list's newest-first order, as date-interval.ts comparePublished orders dates: dated
 *  newest first, then dates without a year ("--01-29"), then undated (the index of migration 15 and
 *  the query that reads it; the rowid, last in every index, keeps ties in ingest order). */
const DATE_ORDER = `CASE WHEN coalesce(published, '') = '' THEN 2 WHEN published GLOB '[0-9][0-9][0-9][0-9]*' THEN 0 ELSE 1 END,
  CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]*' THEN published END DESC, published`;
/** The document list's orders other than ingest order, each the terms of an index of migration 15
 *  (a missing title or publisher last). */
export const LIST_ORDERS = {
  date: DATE_ORDER,
  title: 'title_key IS NULL, title_key',
  publisher: 'publisher_key IS NULL, publisher_key',
} as const;
/** The migration that adds the documents' sort keys, which code then fills in for the stored rows (store/sort-key.ts). */
export const SORT_KEYS_MIGRATION = 15;

// Versioned schema. Each entry runs once, in order, inside a transaction; user_version records progress.
export const migrations: string[] = [
  // 1: documents, their sources, annotations and full-text search
  `
  CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT,
    published_precision TEXT NOT NULL,
    words INTEGER NOT NULL,
    simhash TEXT NOT NULL,
    meta_json TEXT NOT NULL,
    removed_json TEXT NOT NULL,
    paragraphs_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sources (
    location TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    url TEXT,
    content_hash TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE INDEX sources_doc ON sources(doc_id);
  CREATE INDEX sources_name ON sources(name);
  -- SimHash split into four 16-bit bands: two texts within 3 bits share at least one band.
  CREATE TABLE simhash_bands (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    doc_id TEXT NOT NULL
  );
  CREATE INDEX simhash_bands_lookup ON simhash_bands(band, value);
  CREATE TABLE near_duplicates (
    doc_id TEXT NOT NULL,
    other_id TEXT NOT NULL,
    distance INTEGER NOT NULL,
    PRIMARY KEY (doc_id, other_id)
  );
  CREATE TABLE annotations (
    doc_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    data_json TEXT NOT NULL
  );
  CREATE INDEX annotations_doc ON annotations(doc_id, kind);
  CREATE INDEX annotations_kind ON annotations(kind, label);
  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  `,
  // 2: resolved entity ids on mentions, and the user's own aliases (curation survives re-ingest)
  `
  ALTER TABLE annotations ADD COLUMN entity_id TEXT;
  CREATE INDEX annotations_entity ON annotations(entity_id);
  CREATE TABLE user_aliases (
    type TEXT NOT NULL,
    alias TEXT NOT NULL,
    canonical TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (type, alias)
  );
  `,
  // 3: curation decisions (merge/split of entities and events)
  `
  CREATE TABLE curations (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    relation TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (kind, relation, a, b)
  );
  `,
  // 4: summaries maintained at save time (rebuilt from the annotations once, in code), a change
  // counter, and an index for paged listings of one annotation kind without a sort
  `
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO counters(name, value) VALUES ('generation', 0), ('summaries_built', 0);
  CREATE TABLE entity_summary (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, name_norm TEXT NOT NULL, type TEXT NOT NULL,
    mentions INTEGER NOT NULL, documents INTEGER NOT NULL
  );
  CREATE INDEX entity_summary_rank ON entity_summary(documents DESC, mentions DESC, name);
  CREATE INDEX entity_summary_type_rank ON entity_summary(type, documents DESC, mentions DESC, name);
  CREATE TABLE entity_forms (
    key TEXT NOT NULL, form TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, form, value)
  ) WITHOUT ROWID;
  CREATE TABLE doc_entities (
    doc_id TEXT NOT NULL, key TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (doc_id, key)
  ) WITHOUT ROWID;
  CREATE INDEX doc_entities_key ON doc_entities(key, doc_id);
  CREATE TABLE entity_pairs (
    a TEXT NOT NULL, b TEXT NOT NULL, docs INTEGER NOT NULL, near INTEGER NOT NULL, PRIMARY KEY (a, b)
  ) WITHOUT ROWID;
  CREATE TABLE place_summary (
    key TEXT PRIMARY KEY, place_json TEXT NOT NULL, name_norm TEXT NOT NULL, mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL, first_doc TEXT NOT NULL, first_start INTEGER NOT NULL, entity TEXT
  );
  CREATE INDEX place_summary_name ON place_summary(name_norm);
  CREATE INDEX place_summary_rank ON place_summary(mentions DESC, key);
  CREATE TABLE place_docs (
    key TEXT NOT NULL, doc_id TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (key, doc_id)
  ) WITHOUT ROWID;
  CREATE INDEX place_docs_doc ON place_docs(doc_id);
  CREATE TABLE quote_speakers (
    doc_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, entity TEXT, speaker_norm TEXT
  );
  CREATE INDEX quote_speakers_doc ON quote_speakers(doc_id, start);
  CREATE INDEX quote_speakers_entity ON quote_speakers(entity);
  CREATE INDEX quote_speakers_name ON quote_speakers(speaker_norm);
  CREATE INDEX annotations_kind_doc ON annotations(kind, doc_id, start);
  `,
  // 5: paged listings read small index entries at any depth, not wide rows: documents in ingest
  // order with the columns the listing shows; quote pages in document order with span and speaker
  `
  CREATE INDEX documents_listing ON documents(rowid, id, title, published, words);
  CREATE INDEX quote_speakers_page ON quote_speakers(doc_id, start, end, entity);
  -- entities by rank with the name filter's column: a name search reads the index alone
  CREATE INDEX entity_summary_rank_cover ON entity_summary(documents DESC, mentions DESC, name, name_norm, key, type);
  DROP INDEX entity_summary_rank;
  `,
  // 6: an entity's co-mentioned entities, most shared documents first: the page stops after its first rows
  `
  CREATE INDEX entity_pairs_rank ON entity_pairs(a, docs DESC, b);
  `,
  // 7: an entity's articles are paged by index in each order the API offers (newest first, most
  // mentions first, by title), not sorted per request: every article of an entity named in 18,000
  // of them was read to show 20. Documents never change, so their date and title are copied here.
  `
  ALTER TABLE doc_entities ADD COLUMN published TEXT NOT NULL DEFAULT '';
  ALTER TABLE doc_entities ADD COLUMN title TEXT NOT NULL DEFAULT '';
  UPDATE doc_entities SET published = coalesce(d.published, ''), title = d.title FROM documents d WHERE d.id = doc_entities.doc_id;
  CREATE INDEX doc_entities_by_date ON doc_entities(key, published DESC, mentions DESC, doc_id);
  CREATE INDEX doc_entities_by_mentions ON doc_entities(key, mentions DESC, published DESC, doc_id);
  CREATE INDEX doc_entities_by_title ON doc_entities(key, title, doc_id);
  `,
  // 8: a speaker's quotes in listing order by index (an entity quoted 3,000 times was sorted per page)
  `
  CREATE INDEX quote_speakers_entity_page ON quote_speakers(entity, doc_id, start);
  DROP INDEX quote_speakers_entity;
  `,
  // 9: an entity's articles in id order with their mention counts from the index alone (a later
  // page of an entity's mentions adds up the counts of the articles before it)
  `
  CREATE INDEX doc_entities_key_mentions ON doc_entities(key, doc_id, mentions);
  DROP INDEX doc_entities_key;
  `,
  // 10: search facets and hit lists over 500 documents read narrow index entries, not wide rows:
  // each document's first source, its title, date and length (they sit after the full text in its
  // row), its event types, and an entity's articles by mentions with their titles. Names are kept.
  `
  DROP INDEX sources_doc;
  CREATE INDEX sources_doc ON sources(doc_id, added_at, location);
  CREATE INDEX documents_summary ON documents(id, title, published, words);
  CREATE INDEX annotations_event_types ON annotations(doc_id, label) WHERE kind = 'event';
  DROP INDEX doc_entities_by_mentions;
  CREATE INDEX doc_entities_by_mentions ON doc_entities(key, mentions DESC, published DESC, doc_id, title);
  `,
  // 11: the corpus type pass after an ingest reads only the mentions of the names the new articles
  // name (their type vote's key), not every mention of the corpus
  `
  CREATE INDEX annotations_type_vote ON annotations(json_extract(data_json, '$.typeVote.key')) WHERE kind = 'mention';
  `,
  // 12: the organisation short-form pass finds the articles whose mentions it joined (a few) by
  // index, not by reading every mention
  `
  CREATE INDEX annotations_short_form ON annotations(doc_id) WHERE kind = 'mention' AND ${SHORT_FORM_JOINED};
  `,
  // 13: documents saved whose after-ingest corpus passes have not finished: written with the
  // document, cleared by the passes, so an ingest killed in between leaves them to the next one
  `
  CREATE TABLE pending_passes (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;
  `,
  // 14: the short-form pass reads the articles whose mentions a person's merge or split moved (as
  // it reads those it joined) by index, to see their entities as they were before curation
  `
  CREATE INDEX annotations_curated ON annotations(doc_id) WHERE kind = 'mention' AND ${CURATION_MOVED};
  `,
  // 15: the document list pages by index in every order it offers (a deep page of the newest first
  // sorted every document), with titles and publishers ordered by a stored key that folds case and
  // accents in every script as PostgreSQL's store does (NOCASE folds only ASCII)
  `
  ALTER TABLE documents ADD COLUMN title_key TEXT;
  ALTER TABLE documents ADD COLUMN publisher_key TEXT;
  CREATE INDEX documents_by_date ON documents(${LIST_ORDERS.date});
  CREATE INDEX documents_by_title ON documents(${LIST_ORDERS.title});
  CREATE INDEX documents_by_publisher ON documents(${LIST_ORDERS.publisher});
  `,
];
