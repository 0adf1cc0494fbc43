import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureServer } from './helpers.js';
import type { UploadedArticle } from '../../src/server/router.js';

test('writing needs --token and the matching bearer token; body size is limited', async () => {
  const readOnly = await fixtureServer();
  try {
    const r = await readOnly.get('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(r.status, 403);
    assert.match(r.body.error, /read-only/);
  } finally {
    await readOnly.close();
  }

  const received: UploadedArticle[] = [];
  const s = await fixtureServer({
    token: 'secret-token-123',
    maxBodyBytes: 1000,
    ingest: async (a) => {
      received.push(a);
      return { ingested: 1, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [] };
    },
  });
  try {
    const post = (body: string, auth?: string) =>
      s.get('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body });
    const article = JSON.stringify({ content: 'Some text.', format: 'text', name: 'note' });
    assert.equal((await post(article)).status, 401);
    assert.equal((await post(article, 'Bearer wrong-token-xyz')).status, 403);
    const ok = await post(article, 'Bearer secret-token-123');
    assert.equal(ok.status, 200);
    assert.deepEqual(received, [{ content: 'Some text.', format: 'text', name: 'note' }]);
    const big = await post(JSON.stringify({ content: 'x'.repeat(2000), format: 'text' }), 'Bearer secret-token-123');
    assert.equal(big.status, 413);
    const bad = await post('{not json', 'Bearer secret-token-123');
    assert.equal(bad.status, 400);
    assert.match((await post('{"content":"a","format":"pdf"}', 'Bearer secret-token-123')).body.error, /"format"/);
    assert.equal(received.length, 1);
    assert.equal((await s.get('/api/overview')).body.writable, true);
  } finally {
    await s.close();
  }
});

test('CORS headers only for the configured origin', async () => {
  const s = await fixtureServer({ cors: 'http://localhost:3000' });
  try {
    const r = await s.get('/api/overview');
    assert.equal(r.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    const pre = await s.get('/api/documents', { method: 'OPTIONS' });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Authorization/);
  } finally {
    await s.close();
  }
});

/** A raw GET so the path reaches the server exactly as written (fetch would normalise "..") */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('static files are served without path traversal', async (t) => {
  const probe = await fixtureServer();
  const root = join(probe.dir, 'web');
  await probe.close();
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '.env'), 'HIDDEN');
  const s = await fixtureServer({ staticDir: root });
  writeFileSync(join(s.dir, 'secret.txt'), 'TOP-SECRET');
  t.after(() => s.close());

  const index = await rawGet(s.url, '/');
  assert.equal(index.status, 200);
  assert.match(index.body, /<title>ui<\/title>/);
  const js = await fetch(s.url + '/assets/app.js');
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.match(js.headers.get('cache-control') ?? '', /immutable/);
  assert.match((await fetch(s.url + '/')).headers.get('content-security-policy') ?? '', /default-src 'self'/);

  // s.dir holds web/ and secret.txt side by side: every escape attempt must miss secret.txt.
  for (const path of [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%00/index.html',
    '/.env',
    '/%2eenv',
    `/${'..%2f'.repeat(8)}etc/passwd`,
    '//etc/passwd',
  ]) {
    const r = await rawGet(s.url, path);
    assert.equal(r.status, 404, `${path} → ${r.status}`);
    assert.doesNotMatch(r.body, /TOP-SECRET|HIDDEN|root:/, path);
  }
  const post = await fetch(s.url + '/index.html', { method: 'POST' });
  assert.equal(post.status, 405);
});

test('without a UI build the root page says how to build it', async () => {
  const s = await fixtureServer({ staticDir: null });
  try {
    const r = await s.get('/');
    assert.equal(r.status, 200);
    assert.match(r.body, /npm run build/);
  } finally {
    await s.close();
  }
});
