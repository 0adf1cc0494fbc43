// Starts a server over a fresh fixture database for one test file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer, type ServerOptions } from '../../src/server/app.js';
import { ingest } from '../../src/ingest/index.js';
import { fixtureAnalysis, writeFixtureCorpus } from '../fixtures/ui/corpus.js';
import type { Analysis, EventStatus } from '../../src/types.js';
import type { SaveOutcome } from '../../src/store/interface.js';

export interface TestServer {
  url: string;
  docIds: string[];
  dir: string;
  store: SqliteStore;
  get(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function fixtureServer(opts: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-ui-'));
  const store = new SqliteStore(join(dir, 'test.db'));
  const docIds = await writeFixtureCorpus(store);
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null, ...opts });
  // Merged events and claims are computed in the background: the tests check their final state.
  await running.corpusReady();
  return {
    url: running.url,
    docIds,
    dir,
    store,
    async get(path, init) {
      const res = await fetch(running.url + path, init);
      const text = await res.text();
      let body: any = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body, headers: res.headers };
    },
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A server over a fresh store holding `analyses` (saved in one batch), its background corpus work done. */
export interface ServedAnalyses {
  url: string;
  store: SqliteStore;
  /** What saving each analysis did, in order (new, a duplicate, a near-duplicate of which). */
  outcomes: SaveOutcome[];
  /** The JSON an API path answers. */
  get<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

export async function serveAnalyses(analyses: Analysis[]): Promise<ServedAnalyses> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-served-'));
  const store = new SqliteStore(join(dir, 'served.db'));
  const outcomes = await store.saveBatch(analyses.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null });
  await running.corpusReady();
  return {
    url: running.url,
    store,
    outcomes,
    get: async <T>(path: string) => (await fetch(running.url + path)).json() as Promise<T>,
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A short dated article that reports one event, of `type` at `trigger` on `date`, with `status`. */
export function eventArticle(a: { title: string; source: string; published: string; sentence: string; type: 'arrest' | 'attack' | 'protest' | 'prosecution'; trigger: string; date: string; status: EventStatus }): Analysis {
  const analysis = fixtureAnalysis({
    title: a.title, source: a.source, published: a.published, paragraphs: [a.title, a.sentence],
    mentions: [], places: [], times: [], figures: [], quotes: [],
    events: [{ type: a.type, trigger: a.trigger, date: { iso: a.date, precision: 'day' } }],
  });
  analysis.events = analysis.events.map((e) => ({ ...e, status: a.status }));
  return analysis;
}

/** A server that takes curations (its write token set) over a fresh store holding `texts` (file name → text) as `ingest` reads them. */
export interface CurationServer {
  get(path: string, init?: RequestInit): Promise<{ status: number; body: any }>;
  /** POSTs `body` as JSON to `path` with the write token. */
  post(path: string, body: unknown): Promise<{ status: number; body: any }>;
  /** The store it serves, for a test that watches what a route reads. */
  store: SqliteStore;
  close(): Promise<void>;
}

export async function serveIngestedTexts(texts: Record<string, string>, token: string): Promise<CurationServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-curation-'));
  mkdirSync(join(dir, 'in'));
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, 'in', name), text);
  const store = new SqliteStore(join(dir, 'c.db'));
  await ingest([join(dir, 'in')], store);
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null, token });
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(running.url + path, init);
    return { status: res.status, body: (await res.json()) as any };
  };
  return {
    get,
    store,
    post: (path, body) =>
      get(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) }),
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
