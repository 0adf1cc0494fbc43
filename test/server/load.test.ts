// The server under load: 1,000 concurrent API requests on loopback, no errors; oversized bodies refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, Agent } from 'node:http';
import { fixtureServer } from './helpers.js';

function get(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

test('1,000 concurrent requests on loopback all succeed; an oversized upload is refused', { timeout: 120_000 }, async () => {
  const s = await fixtureServer({
    token: 'load-test-token',
    maxBodyBytes: 64 * 1024,
    ingest: async () => assert.fail('an oversized body must be refused before ingest'),
  });
  // Enough sockets for every request to be in flight at once.
  const agent = new Agent({ keepAlive: false, maxSockets: 1000 });
  try {
    const paths = ['/api/documents', '/api/entities', '/api/events', '/api/claims', '/api/search?q=Istanbul', '/api/places', '/api/figures', `/api/documents/${s.docIds[0]}`];
    const statuses = await Promise.all(Array.from({ length: 1000 }, (_, i) => get(s.url + paths[i % paths.length], agent)));
    const failures = statuses.filter((st) => st !== 200);
    assert.equal(failures.length, 0, `non-200 answers: ${[...new Set(failures)].join(', ')}`);

    const big = await fetch(`${s.url}/api/documents`, {
      method: 'POST',
      headers: { authorization: 'Bearer load-test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'text', content: 'x'.repeat(200 * 1024) }),
    });
    assert.equal(big.status, 413);
  } finally {
    agent.destroy();
    await s.close();
  }
});
