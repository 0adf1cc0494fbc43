// Regression tests for the hardening issue's server items: NUL bytes, search syntax and cost,
// the Host header, the cap on uploads and what a 503 says, the upload's url field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { emptyAnalysis } from '../../src/analysis.js';
import type { Analysis } from '../../src/types.js';
import type { Store } from '../../src/store/interface.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer, type ServerOptions } from '../../src/server/app.js';
import type { UploadedArticle } from '../../src/server/router.js';
import { ingestRaw } from '../../src/ingest/index.js';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers.js';
import { handDoc } from '../fixtures/hand-doc.js';

function analysisOf(id: string, text: string, location: string): Analysis {
  return emptyAnalysis(handDoc(id, text, { title: text.slice(0, 30), location }));
}

const engines: Array<{ name: string; open: () => Promise<Store>; skip: string | false }> = [
  { name: 'sqlite', open: async () => new SqliteStore(join(tempDir(), 'h.db')), skip: false },
  {
    name: 'postgres',
    open: async () => {
      const { PostgresStore } = await import('../../src/store/postgres/index.js');
      const pg = (await import('pg')).default;
      const name = `chronicle_h_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: process.env.CHRONICLE_TEST_PG });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(process.env.CHRONICLE_TEST_PG!);
      url.pathname = `/${name}`;
      return PostgresStore.open(url.toString());
    },
    skip: process.env.CHRONICLE_TEST_PG ? false : 'CHRONICLE_TEST_PG is not set; skipping the PostgreSQL server checks',
  },
];

async function serve(store: Store, opts: Partial<ServerOptions> = {}) {
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null, corpusWorker: false, ...opts });
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(running.url + path, init);
    const text = await res.text();
    let body: { error?: string; total?: number; items?: Array<{ snippet: Array<{ text: string; match: boolean }> }> } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body, headers: res.headers };
  };
  return { url: running.url, get, close: running.close };
}

for (const engine of engines) {
  test(`${engine.name}: search answers (snippets or not), bad syntax is no error, NUL in a path or query is a 400`, { skip: engine.skip, timeout: 60_000 }, async () => {
    const store = await engine.open();
    await store.saveBatch([
      { analysis: analysisOf('d1', 'Floods closed the mountain pass, rangers said on Sunday.', 'd1.txt'), contentHash: '1' },
      { analysis: analysisOf('d2', 'Snow trapped two hikers near the summit, rangers said.', 'd2.txt'), contentHash: '2' },
    ]);
    const s = await serve(store);
    try {
      const search = await s.get('/api/search?q=rangers');
      assert.equal(search.status, 200, JSON.stringify(search.body));
      assert.equal(search.body.total, 2);
      for (const q of ['floods OR OR snow', 'floods OR - OR snow', 'OR', '"', 'a AND OR NOT', '&|!:*', "it's"]) {
        const r = await s.get(`/api/search?q=${encodeURIComponent(q)}`);
        assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.body)}`);
      }
      assert.equal((await s.get('/api/search?q=floods%20OR%20OR%20snow')).body.total, 2);
      for (const path of ['/api/documents/%00', '/api/documents/d1%00', '/api/search?q=%00', '/api/quotes?speaker=%00', '/api/entities/%00']) {
        const r = await s.get(path);
        assert.equal(r.status, 400, `${path}: ${r.status} ${JSON.stringify(r.body)}`);
        assert.match(r.body.error ?? '', /NUL/);
      }
    } finally {
      await s.close();
      await store.close();
    }
  });

  test(`${engine.name}: a long repetitive document is searched while other routes keep answering`, { skip: engine.skip, timeout: 120_000 }, async () => {
    const store = await engine.open();
    const text = 'TARTU - wardens said. '.repeat(100_000); // 2.2 MB, 300,000 words, every one a candidate match
    await store.saveBatch([{ analysis: analysisOf('long', text, 'long.txt'), contentHash: 'l' }]);
    const s = await serve(store);
    try {
      const [search, overview, docs] = await Promise.all([s.get('/api/search?q=tartu%20said'), s.get('/api/overview'), s.get('/api/documents')]);
      assert.equal(search.status, 200, JSON.stringify(search.body));
      const parts = search.body.items![0].snippet;
      assert.ok(parts.some((p) => p.match && p.text === 'TARTU') && parts.some((p) => p.match && p.text === 'said'));
      assert.equal(overview.status, 200);
      assert.equal(docs.status, 200);
    } finally {
      await s.close();
      await store.close();
    }
  });
}

/** A raw request with any Host header (fetch will not send a forged one). */
function withHost(url: string, host: string): Promise<number> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path: '/api/overview', headers: { host } }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

test('only host names the server is known by are answered (DNS rebinding)', async () => {
  const store = new SqliteStore(join(tempDir(), 'h.db'));
  const s = await serve(store);
  const port = new URL(s.url).port;
  const open = await serve(store, { allowedHosts: ['news.internal'] });
  const openPort = new URL(open.url).port;
  try {
    assert.equal(await withHost(s.url, `127.0.0.1:${port}`), 200);
    assert.equal(await withHost(s.url, `localhost:${port}`), 200);
    assert.equal(await withHost(s.url, `[::1]:${port}`), 200);
    assert.equal(await withHost(s.url, `rebind.attacker.example:${port}`), 421);
    assert.equal(await withHost(s.url, 'news.internal'), 421);
    assert.equal(await withHost(open.url, `news.internal:${openPort}`), 200);
    assert.equal(await withHost(open.url, `NEWS.INTERNAL.:${openPort}`), 200);
    assert.equal(await withHost(open.url, 'rebind.attacker.example'), 421);
  } finally {
    await s.close();
    await open.close();
    await store.close();
  }
});

const token = 'upload-token-4567';
const post = (url: string, article: object) =>
  fetch(`${url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(article),
  });

test('uploads are analysed a few at a time; past the queue a 503 with Retry-After comes at once', async () => {
  const store = new SqliteStore(join(tempDir(), 'h.db'));
  let running = 0;
  let most = 0;
  const release: Array<() => void> = [];
  const ingest = async () => {
    running++;
    most = Math.max(most, running);
    await new Promise<void>((ok) => release.push(ok));
    running--;
    return { ingested: 1, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [] };
  };
  const s = await serve(store, { token, ingest, maxConcurrentUploads: 2, maxQueuedUploads: 1 });
  try {
    const pending = [1, 2, 3].map((i) => post(s.url, { content: `Story ${i}.`, format: 'text', name: `s${i}` }));
    while (release.length < 2) await new Promise((ok) => setTimeout(ok, 10));
    const refused = await post(s.url, { content: 'One too many.', format: 'text', name: 's4' });
    assert.equal(refused.status, 503);
    assert.ok(refused.headers.get('retry-after'));
    assert.match(((await refused.json()) as { error: string }).error, /nothing was stored/);
    let finished = false;
    const all = Promise.all(pending.map(async (p) => (await p).status)).finally(() => (finished = true));
    while (!finished) {
      release.splice(0).forEach((r) => r());
      await new Promise((ok) => setTimeout(ok, 10));
    }
    const statuses = await all;
    assert.deepEqual(statuses, [200, 200, 200]);
    assert.equal(most, 2);
  } finally {
    await s.close();
    await store.close();
  }
});

test("an upload's 503 says whether the work goes on, and it does", async () => {
  const store = new SqliteStore(join(tempDir(), 'h.db'));
  const stored: string[] = [];
  const ingest = async (a: UploadedArticle) => {
    await new Promise((ok) => setTimeout(ok, 600));
    stored.push(a.name!);
    return { ingested: 1, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [] };
  };
  const s = await serve(store, { token, ingest, handlerTimeoutMs: 150, maxConcurrentUploads: 1, maxQueuedUploads: 1 });
  try {
    const [slow, queued] = await Promise.all([post(s.url, { content: 'Slow.', format: 'text', name: 'slow' }), post(s.url, { content: 'Queued.', format: 'text', name: 'queued' })]);
    assert.equal(slow.status, 503);
    assert.match(((await slow.json()) as { error: string }).error, /it goes on, and the document will be stored/);
    assert.equal(queued.status, 503);
    assert.match(((await queued.json()) as { error: string }).error, /stopped and nothing was stored/);
    for (let i = 0; i < 200 && stored.length === 0; i++) await new Promise((ok) => setTimeout(ok, 50));
    await new Promise((ok) => setTimeout(ok, 200));
    assert.deepEqual(stored, ['slow'], 'the started upload finished; the queued one never ran');
  } finally {
    await s.close();
    await store.close();
  }
});

test("an upload's url must be a web URL and cannot take over another document's source", { timeout: 60_000 }, async () => {
  const store = new SqliteStore(join(tempDir(), 'h.db'));
  const url = 'https://news.example/2024/05/ferry.html';
  await store.saveBatch([{ analysis: { ...analysisOf('f1', 'The ferry to the islands was cancelled because of the storm, the operator said.', url) }, contentHash: 'f' }]);
  const s = await serve(store, { token, ingest: (a) => ingestRaw(a, store) });
  try {
    for (const bad of ['javascript:alert(1)', 'not a url', 'file:///etc/passwd', 'https://']) {
      const r = await post(s.url, { content: 'Text.', format: 'text', url: bad });
      assert.equal(r.status, 400, bad);
    }
    const ok = await post(s.url, { content: 'Ferry back\n\nThe ferry to the islands runs again after the storm passed, the operator said on Monday.', format: 'text', url });
    assert.equal(ok.status, 200, await ok.clone().text());
    const original = await store.getDocument('f1');
    assert.deepEqual(original?.sources.map((x) => x.location), [url], 'the first document keeps its source');
    assert.equal(await store.countDocuments(), 2);
  } finally {
    await s.close();
    await store.close();
  }
});

test('an upload while another process holds the SQLite write lock waits its turn: no 500, other routes answer', { timeout: 120_000 }, async () => {
  const path = join(tempDir(), 'locked.db');
  const store = new SqliteStore(path);
  const s = await serve(store, { token, ingest: (a) => ingestRaw(a, store) });
  // Another writer (as a CLI ingest would be) holds the write lock for a while.
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  try {
    const upload = post(s.url, { content: 'Dam inspected\n\nEngineers inspected the dam above the town on Friday and found no damage, the water board said.', format: 'text', name: 'dam' });
    await new Promise((ok) => setTimeout(ok, 1500));
    const overview = await s.get('/api/overview');
    assert.equal(overview.status, 200, 'reads go on while the upload waits');
    other.exec('COMMIT');
    const res = await upload;
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal((await store.getDocument('dam'))?.title, 'Dam inspected');
  } finally {
    other.close();
    await s.close();
    await store.close();
  }
});
