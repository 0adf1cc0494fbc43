import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { runApiBench } from '../../src/bench/api.js';
import { writeFixtureCorpus } from '../fixtures/ui/corpus.js';

test('bench api fires the requested number of requests without errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
  const store = new SqliteStore(join(dir, 'b.db'));
  try {
    await writeFixtureCorpus(store);
    const r = await runApiBench(store, 60, 4);
    assert.equal(r.requests, 60);
    assert.equal(r.errors, 0);
    assert.ok(r.p50Ms > 0 && r.p95Ms >= r.p50Ms);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
