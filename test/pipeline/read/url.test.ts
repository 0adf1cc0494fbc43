import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { urlName } from '../../../src/pipeline/read/url.js';
import { readAll, tempDir } from './helpers.js';

const RU = 'Суд в Екатеринбурге арестовал двоих подозреваемых.';
let server: Server;
let base: string;
const pending: ServerResponse[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', base);
  const hops = Number(url.searchParams.get('n') ?? 0);
  switch (url.pathname) {
    case '/news/court-ruling.html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<html><body><p>Ruling in Lyon.</p></body></html>');
    case '/cp1251':
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      return void res.end(iconv.encode(`<p>${RU}</p>`, 'windows-1251'));
    case '/meta-koi8':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(iconv.encode(`<html><head><meta charset="koi8-r"></head><p>${RU}</p></html>`, 'koi8-r'));
    case '/plain':
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end('Plain text article.');
    case '/hop':
      res.writeHead(302, { location: hops > 1 ? `/hop?n=${hops - 1}` : '/news/court-ruling.html' });
      return void res.end();
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' });
      return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    case '/big-declared':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5000) });
      return void res.end('x'.repeat(5000));
    case '/big-streamed': {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no content-length
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      return void res.end();
    }
    case '/slow':
      pending.push(res); // never answers
      return;
    case '/empty':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('');
    default:
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('not found');
  }
}

before(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const res of pending) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('URL: HTML page, final URL as location, name from the last path segment', async () => {
  const { docs, failures } = await readAll([`${base}/news/court-ruling.html`]);
  assert.deepEqual(failures, []);
  assert.deepEqual(docs[0].source, { kind: 'url', location: `${base}/news/court-ruling.html`, name: 'court-ruling', url: `${base}/news/court-ruling.html` });
  assert.equal(docs[0].format, 'html');
  assert.equal(docs[0].hints.url, `${base}/news/court-ruling.html`);
});

test('URL: charset from Content-Type, from <meta charset>; text/plain is text', async () => {
  const { docs } = await readAll([`${base}/cp1251`, `${base}/meta-koi8`, `${base}/plain`]);
  assert.deepEqual(docs.map((d) => d.encoding), ['windows-1251', 'koi8-r', 'utf-8']);
  assert.ok(docs[0].content.includes(RU) && docs[1].content.includes(RU));
  assert.equal(docs[2].format, 'text');
});

test('URL: redirects are followed up to 5; more is a failure', async () => {
  const ok = await readAll([`${base}/hop?n=5`]);
  assert.equal(ok.docs[0].source.location, `${base}/news/court-ruling.html`);
  const tooMany = await readAll([`${base}/hop?n=6`]);
  assert.deepEqual(tooMany.failures, [{ input: `${base}/hop?n=6`, error: 'too many redirects (more than 5)' }]);
});

test('URL: wrong content type, HTTP error, empty body', async () => {
  const { failures } = await readAll([`${base}/image`, `${base}/missing`, `${base}/empty`]);
  assert.deepEqual(failures.map((f) => f.error), [
    'unsupported content type "image/png" (expected text/html, text/plain or application/xhtml+xml)',
    'HTTP 404 Not Found',
    'empty response',
  ]);
});

test('URL: oversize, declared or streamed', async () => {
  const { failures } = await readAll([`${base}/big-declared`, `${base}/big-streamed`], { maxBytes: 2048 });
  assert.deepEqual(failures.map((f) => f.error), ['4.9 KB, over the 2 KB limit', 'more than 2 KB, over the 2 KB limit']);
  assert.deepEqual(failures.map((f) => f.reason), ['size-limit', 'size-limit']);
});

test('URL: timeout', async () => {
  const { failures } = await readAll([`${base}/slow`], { fetchTimeoutMs: 300 });
  assert.deepEqual(failures, [{ input: `${base}/slow`, error: 'timed out after 0.3 s' }]);
});

test('URL: connection refused', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const { failures } = await readAll([`http://127.0.0.1:${port}/x`]);
  assert.deepEqual(failures, [{ input: `http://127.0.0.1:${port}/x`, error: `cannot connect: connection refused by 127.0.0.1:${port}` }]);
});

test('a .txt file of URLs reads each URL; failures name the URL', async (t) => {
  const dir = tempDir(t);
  const list = join(dir, 'links.txt');
  writeFileSync(list, `${base}/plain\n\n# comment\n${base}/missing\n${base}/cp1251\n`);
  const { results } = await readAll([list]);
  assert.deepEqual(results.map((r) => (r.ok ? r.raw.source.location : r.failure.input)), [`${base}/plain`, `${base}/missing`, `${base}/cp1251`]);
  assert.deepEqual(results.map((r) => r.ok), [true, false, true]);
});

test('urlName: last segment without extension, else host', () => {
  assert.equal(urlName('https://news.example.com/world/2024/03/03/talks-collapse.html?x=1'), 'talks-collapse');
  assert.equal(urlName('https://news.example.com/'), 'news.example.com');
  assert.equal(urlName('https://news.example.com/a/%D0%A1%D1%83%D0%B4/'), 'Суд');
});

test('a certificate that does not check out is one clear sentence, not Node text ending in ": "', async () => {
  const { checkServerIdentity } = await import('node:tls');
  // fetch fails as undici does, with the TLS error as its cause; nothing goes on the network
  const failing = (cause: Error) => (async () => {
    throw new TypeError('fetch failed', { cause });
  }) as unknown as typeof fetch;
  const read = async (url: string, cause: Error | undefined) => {
    assert.ok(cause);
    return (await readAll([url], { fetch: failing(cause) })).failures[0].error;
  };
  // an address the certificate does not list: Node's text ends "is not in the cert's list: "
  const byIp = await read('https://127.0.0.1:8443/story', checkServerIdentity('127.0.0.1', { subject: { CN: 'news.example.org' }, subjectaltname: 'DNS:news.example.org' } as never));
  assert.equal(byIp, 'cannot connect securely: the certificate 127.0.0.1:8443 sent is not for 127.0.0.1:8443 (it names news.example.org)');
  const byName = await read('https://mirror.example.net/story', checkServerIdentity('mirror.example.net', { subject: { CN: 'x' }, subjectaltname: 'DNS:news.example.org, DNS:www.example.org' } as never));
  assert.equal(byName, 'cannot connect securely: the certificate mirror.example.net sent is not for mirror.example.net (it names news.example.org, www.example.org)');
  const expired = Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' });
  assert.equal(await read('https://old.example.org/story', expired), 'cannot connect securely: the certificate old.example.org sent has expired');
  // any other message loses a dangling separator
  const odd = Object.assign(new Error('handshake failed: '), { code: 'ERR_SOMETHING_ELSE' });
  assert.equal(await read('https://odd.example.org/story', odd), 'cannot fetch: handshake failed');
});
