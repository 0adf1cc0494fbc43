// Starts a server over a fresh fixture database for one test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer, type ServerOptions } from '../../src/server/app.js';
import { writeFixtureCorpus } from '../fixtures/ui/corpus.js';

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
