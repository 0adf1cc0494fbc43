// What a developer building on the HTTP API runs into, as found by following the README and the
// OpenAPI document with curl: each test names the answer that was wrong before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, type TestServer } from './helpers.js';

const TOKEN = 'newsroom-token-1';
let s: TestServer;
before(async () => {
  s = await fixtureServer({ token: TOKEN, maxBodyBytes: 2000 });
});
after(() => s.close());

const post = (path: string, body: string) =>
  s.get(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });

test('a curation or alias body over the size limit is a 413, not "not valid JSON"', async () => {
  const big = JSON.stringify({ kind: 'entity', relation: 'merge', a: 'x'.repeat(3000), b: 'y' });
  for (const path of ['/api/curations', '/api/curations/undo', '/api/aliases', '/api/aliases/undo']) {
    const r = await post(path, big);
    assert.equal(r.status, 413, path);
    assert.match(r.body.error, /limit/);
  }
  assert.equal((await post('/api/curations', '{not json')).status, 400, 'malformed JSON under the limit is still a 400');
});

test("an unknown entity's articles are a 404, as the OpenAPI document says, not an empty page", async () => {
  const r = await s.get('/api/entities/PER%3Anobody%20at%20all/documents');
  assert.equal(r.status, 404);
  assert.match(r.body.error, /no entity "PER:nobody at all"/);
  const known = await s.get(`/api/entities/${encodeURIComponent('PER:selim aydar')}/documents`);
  assert.equal(known.status, 200);
  assert.ok(known.body.total > 0);
  const neither = await s.get(`/api/entities/${encodeURIComponent('PER:selim aydar')}/documents?with=${encodeURIComponent('PER:nobody at all')}`);
  assert.equal(neither.status, 200, 'a filter that matches nothing is still an empty page');
  assert.equal(neither.body.total, 0);
});

test('every page of a listing says where the next page is, and the last says there is none', async () => {
  for (const path of ['/api/documents?limit=1', '/api/entities?type=PER&limit=2', '/api/events?limit=1', '/api/quotes?limit=1', '/api/figures?limit=1', '/api/places?limit=1', '/api/search?q=attack&limit=1', '/api/timeline?limit=1']) {
    let url: string | null = path;
    const seen: unknown[] = [];
    let total = -1;
    for (let pages = 0; url !== null && pages < 50; pages++) {
      const r = await s.get(url);
      assert.equal(r.status, 200, url);
      assert.ok('next' in r.body, `${url} has next`);
      total = r.body.total;
      seen.push(...r.body.items);
      url = r.body.next;
      if (url !== null) assert.match(url, /offset=\d+/);
    }
    assert.equal(url, null, `${path}: the last page's next is null`);
    assert.equal(seen.length, total, `${path}: following next visits every item once`);
  }
  const filtered = await s.get('/api/entities?type=PER&limit=1');
  assert.match(filtered.body.next, /^\/api\/entities\?type=PER&limit=1&offset=1$/, 'the filters are kept');
});

test('graph links come strongest first, ties by key, so SQLite and PostgreSQL keep the same links', async () => {
  for (const path of ['/api/graph', '/api/graph?limit=5', `/api/graph?focus=${encodeURIComponent('LOC:istanbul')}`]) {
    const co = ((await s.get(path)).body.edges as Array<{ source: string; target: string; kind: string; weight: number }>).filter((e) => e.kind === 'co-mention');
    assert.ok(co.length > 1, path);
    const sorted = [...co].sort((x, y) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
    assert.deepEqual(co, sorted, path);
  }
});

test('a read carries an ETag; asking again with If-None-Match is a 304 until the answer changes', async () => {
  const first = await s.get('/api/documents?limit=2');
  const etag = first.headers.get('etag');
  assert.ok(etag, 'an ETag');
  assert.equal(first.headers.get('cache-control'), 'no-cache', 'kept copies are always checked');
  const again = await fetch(`${s.url}/api/documents?limit=2`, { headers: { 'If-None-Match': etag! } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  assert.equal(again.headers.get('etag'), etag);
  const other = await fetch(`${s.url}/api/documents?limit=1`, { headers: { 'If-None-Match': etag! } });
  assert.equal(other.status, 200, 'another answer is sent whole');
  // a new article changes the listing: the old tag no longer matches
  const { fixtureAnalysis } = await import('../fixtures/ui/corpus.js');
  const added = fixtureAnalysis({ title: 'Ferry service resumes', source: 'ferry', published: '2017-02-01', paragraphs: ['Ferry service resumes', 'The ferry to the islands sailed again on Monday.'], mentions: [], places: [], times: [], events: [], figures: [], quotes: [] });
  await s.store.saveBatch([{ analysis: added, contentHash: added.doc.id }]);
  const changed = await fetch(`${s.url}/api/documents?limit=2`, { headers: { 'If-None-Match': etag! } });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get('etag'), etag);
  assert.equal(((await changed.json()) as { total: number }).total, 5);
  const missing = await s.get('/api/documents/nope');
  assert.equal(missing.headers.get('etag'), null, 'errors carry no ETag');
  assert.equal(missing.headers.get('cache-control'), 'no-store');
});

test('the OpenAPI document carries an ETag like other reads: asked again with it, a 304', async () => {
  const first = await s.get('/api/openapi.json');
  const etag = first.headers.get('etag');
  assert.ok(etag, 'an ETag');
  assert.equal(first.headers.get('cache-control'), 'no-cache');
  assert.equal(first.body.openapi, '3.0.3');
  const again = await fetch(`${s.url}/api/openapi.json`, { headers: { 'If-None-Match': etag! } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  assert.equal((await fetch(`${s.url}/api/openapi.json`, { headers: { 'If-None-Match': '"other"' } })).status, 200);
});

test('search results carry their rank over all pages, in the order asked for', async () => {
  for (const sort of ['relevance', 'newest', 'oldest']) {
    const all = (await s.get(`/api/search?q=Istanbul&sort=${sort}`)).body.items as Array<{ id: string; rank: number }>;
    assert.deepEqual(all.map((h) => h.rank), all.map((_h, i) => i + 1), sort);
    const second = (await s.get(`/api/search?q=Istanbul&sort=${sort}&limit=1&offset=1`)).body.items;
    assert.deepEqual(second, [all[1]].map((h) => ({ ...h })), `${sort}: the second page's hit keeps its rank`);
  }
});

test('with --cors a page on that origin may read the headers a client needs, and send If-None-Match', async () => {
  const c = await fixtureServer({ cors: 'http://localhost:3000' });
  try {
    const r = await c.get('/api/overview');
    const exposed = (r.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
    for (const h of ['Content-Disposition', 'ETag', 'Retry-After']) assert.ok(exposed.includes(h), h);
    const pre = await c.get('/api/documents', { method: 'OPTIONS' });
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /If-None-Match/);
    const file = await fetch(`${c.url}/api/export?format=csv&type=events`);
    assert.match(file.headers.get('access-control-expose-headers') ?? '', /Content-Disposition/);
    await file.arrayBuffer();
  } finally {
    await c.close();
  }
  assert.equal((await s.get('/api/overview')).headers.get('access-control-allow-origin'), null, 'no CORS headers without --cors');
});

test('quotes by a speaker\'s surname or title and surname, as `chronicle quotes --speaker` finds them', async () => {
  for (const name of ['Aydar', 'Mr Aydar', 'selim aydar', 'PER:selim aydar']) {
    const r = await s.get(`/api/quotes?speaker=${encodeURIComponent(name)}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((q: { speaker: string }) => q.speaker), ['Selim Aydar'], name);
  }
  assert.equal((await s.get('/api/quotes?speaker=Nobody')).body.total, 0);
});

test('one claim by its key, as the listing gives it; an unknown key is a 404', async () => {
  const listed = (await s.get('/api/claims')).body.items[0];
  assert.ok(listed, 'the fixture corpus has a claim');
  const one = await s.get(`/api/claims/${encodeURIComponent(listed.key)}`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.body, listed);
  assert.equal((await s.get(`/api/claims/${encodeURIComponent(listed.key)}?figures=1`)).body.figures.length, 1);
  const missing = await s.get('/api/claims/claim_nothing-here');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error, /no claim "claim_nothing-here"/);
});
