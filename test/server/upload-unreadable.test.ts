// An uploaded page with no article text was answered 200 with the failure inside the result, which
// a script checking the status took for a stored article. It is a 422 that says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { ingestRaw } from '../../src/ingest/index.js';
import { tempDir } from '../helpers.js';

test('an upload with no article text is a 422 and stores nothing', { timeout: 60_000 }, async () => {
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
