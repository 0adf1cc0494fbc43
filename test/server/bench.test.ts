import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { runApiBench } from '../../src/bench/api.js';
import { writeFixtureCorpus } from '../fixtures/ui/corpus.js';

test('bench api: distinct URLs for every route family, each once cold and once warm, without errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
  const store = new SqliteStore(join(dir, 'b.db'));
  try {
    await writeFixtureCorpus(store);
    const r = await runApiBench(store, { perRoute: 5, concurrency: 4, seed: 1, dbPath: join(dir, 'b.db') });
    assert.deepEqual([r.cold.errorSamples, r.warm.errorSamples], [[], []]);
    assert.equal(r.cold.all.n, r.distinctUrls, 'every distinct URL once in the cold phase');
    assert.equal(r.warm.all.n, r.distinctUrls);
    assert.equal(r.cold.cacheHits, 0, 'nothing answered from the response cache in the cold phase');
    assert.equal(r.warm.cacheHits, r.distinctUrls, 'every answer from it in the warm phase');
    for (const route of ['GET /api/documents', 'GET /api/documents/{id}', 'GET /api/entities', 'GET /api/entities/{key}', 'GET /api/events', 'GET /api/events/{key}', 'GET /api/search', 'GET /api/claims'])
      assert.ok(r.cold.routes[route]?.n > 0, `${route} measured`);
    assert.ok(r.cold.all.p50Ms > 0 && r.cold.all.p95Ms >= r.cold.all.p50Ms && r.cold.all.p99Ms >= r.cold.all.p95Ms);
    assert.ok(r.documents > 0 && (r.dbMb ?? 0) > 0);
    assert.deepEqual(Object.keys(r.cold.maxResponseKb), Object.keys(r.cold.routes), 'the largest response of every route family');
    assert.ok(Object.values(r.cold.maxResponseKb).every((kb) => kb > 0 && kb < 1024), 'no response over 1 MB');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
