// POST /api/documents with the bearer token: the article is analysed and stored like any input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { ingestRaw } from '../../src/ingest/index.js';
import { tempDir } from '../helpers.js';

test('an uploaded article is analysed and stored; without the token it is refused', { timeout: 60_000 }, async () => {
  const store = new SqliteStore(join(tempDir(), 'up.db'));
  const token = 'secret-token-123';
  const running = await startServer({ store, port: 0, token, staticDir: null, ingest: (a, report) => ingestRaw(a, store, report) });
  try {
    const article = {
      format: 'text',
      name: 'harbour-fire',
      content: 'Fire at the harbour\n\nOSLO, March 3 - Firefighters in Oslo put out a blaze at the harbour on Tuesday, police said. Two people were injured.',
    };
    const refused = await fetch(`${running.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article) });
    assert.equal(refused.status, 401);
    const ok = await fetch(`${running.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(article),
    });
    assert.equal(ok.status, 200, await ok.clone().text());
    const body = (await ok.json()) as { result: { ingested: number }; documents: Array<{ id: string; duplicate: boolean; url: string; api: string }> };
    assert.equal(body.result.ingested, 1);
    // The answer names what was stored, so a client can open it.
    assert.equal(body.documents.length, 1);
    const id = body.documents[0]!.id;
    assert.deepEqual(body.documents, [{ id, duplicate: false, url: `/#/doc/${id}`, api: `/api/documents/${id}` }]);
    const opened = await fetch(`${running.url}${body.documents[0]!.api}`);
    assert.equal(opened.status, 200);
    assert.equal(((await opened.json()) as { title: string }).title, 'Fire at the harbour');
    // The same text again is no new document: the answer points at the one already stored.
    const again = await fetch(`${running.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...article, name: 'harbour-fire-again' }),
    });
    const againBody = (await again.json()) as { result: { duplicates: number }; documents: Array<{ id: string; duplicate: boolean }> };
    assert.equal(againBody.result.duplicates, 1);
    assert.deepEqual(againBody.documents.map((d) => [d.id, d.duplicate]), [[id, true]]);
    const doc = await store.getDocument('harbour-fire');
    assert.equal(doc?.title, 'Fire at the harbour');
    assert.ok(doc?.annotations.some((a) => a.kind === 'mention' && a.text === 'Oslo'));
  } finally {
    await running.close();
    await store.close();
  }
});
