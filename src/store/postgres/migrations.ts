// Versioned PostgreSQL schema; each entry runs once, in order, in a transaction.
export const pgMigrations: string[] = [
  `
  CREATE TABLE documents (
    seq BIGSERIAL UNIQUE,
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT,
    published_precision TEXT NOT NULL,
    words INTEGER NOT NULL,
    simhash TEXT NOT NULL,
    meta_json TEXT NOT NULL,
    removed_json TEXT NOT NULL,
    paragraphs_json TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', left(text, 500000)), 'B')
    ) STORED
  );
  CREATE INDEX documents_tsv ON documents USING GIN (tsv);
  CREATE TABLE sources (
    location TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    url TEXT,
    content_hash TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE INDEX sources_doc ON sources(doc_id);
  CREATE INDEX sources_name ON sources(name);
  CREATE TABLE simhash_bands (band SMALLINT NOT NULL, value INTEGER NOT NULL, doc_id TEXT NOT NULL);
  CREATE INDEX simhash_bands_lookup ON simhash_bands(band, value);
  CREATE TABLE near_duplicates (
    doc_id TEXT NOT NULL, other_id TEXT NOT NULL, distance INTEGER NOT NULL, PRIMARY KEY (doc_id, other_id)
  );
  CREATE TABLE annotations (
    seq BIGSERIAL,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    data_json TEXT NOT NULL,
    entity_id TEXT
  );
  CREATE INDEX annotations_doc ON annotations(doc_id, kind);
  CREATE INDEX annotations_kind ON annotations(kind, label);
  CREATE INDEX annotations_entity ON annotations(entity_id);
  CREATE TABLE user_aliases (
    type TEXT NOT NULL, alias TEXT NOT NULL, canonical TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (type, alias)
  );
  `,
  // 2: the work queue shared by workers on any number of machines
  `
  CREATE TABLE queue (
    seq BIGSERIAL,
    location TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    raw_json TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE INDEX queue_pending ON queue(seq) WHERE status = 'pending';
  `,
  // 3: curation decisions (merge/split of entities and events)
  `
  CREATE TABLE curations (
    seq BIGSERIAL, kind TEXT NOT NULL, relation TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (kind, relation, a, b)
  );
  `,
];
