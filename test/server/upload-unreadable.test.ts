// An uploaded page with no article text was answered 200 with the failure inside the result, which
// a script checking the status took for a stored article. It is a 422 that says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { ingestRaw } from '../../src/ingest/index.js';
import { tempDir } from '../helpers.js';

test('an upload with no article text is a 422 and stores nothing', { timeout: 180_000 }, async () => {
  const store = new SqliteStore(join(tempDir(), 'up.db'));
  const token = 'secret-token-456';
  const running = await startServer({ store, port: 0, token, staticDir: null, ingest: (a) => ingestRaw(a, store) });
  try {
    const res = await fetch(`${running.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ format: 'html', name: 'menu-only', content: '<html><body><nav><a href="/">Home</a></nav></body></html>' }),
    });
    assert.equal(res.status, 422);
    assert.match(((await res.json()) as { error: string }).error, /^nothing was stored: no article text found/);
    assert.equal(await store.countDocuments(), 0);
  } finally {
    await running.close();
    await store.close();
  }
});

test('an upload of a binary file read as text is a 422 that says so, and stores nothing', { timeout: 180_000 }, async () => {
  const store = new SqliteStore(join(tempDir(), 'up-binary.db'));
  const token = 'secret-token-789';
  const running = await startServer({ store, port: 0, token, staticDir: null, ingest: (a) => ingestRaw(a, store) });
  // a photo's bytes as a script that read the file as Latin-1 would post them: NULs and control characters
  const bytes = Array.from({ length: 3000 }, (_, i) => (i * 73 + (i >> 3)) % 256);
  const photo = String.fromCharCode(0xff, 0xd8, 0xff, 0xe0, ...bytes);
  const post = (content: string, name: string) =>
    fetch(`${running.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ format: 'text', name, content }),
    });
  try {
    const res = await post(photo, 'harbour-photo.jpg');
    assert.equal(res.status, 422);
    assert.match(((await res.json()) as { error: string }).error, /^nothing was stored: binary content \(.+\), not a text article/);
    assert.equal(await store.countDocuments(), 0);
    // a text with a quotation in it and a tab is an article, not binary
    const text = await post('The ferry crews\tvoted on Tuesday to end their strike, the union said. "We are going back to work," its secretary told reporters.', 'ferry-strike.txt');
    assert.equal(text.status, 200);
    assert.equal(await store.countDocuments(), 1);
  } finally {
    await running.close();
    await store.close();
  }
});
