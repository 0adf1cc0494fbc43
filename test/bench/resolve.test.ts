import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { benchResolve } from '../../src/bench/resolve.js';
import { loadClaimGroups, loadEventClusters } from '../../src/corpus/index.js';
import { ingest } from '../../src/ingest/index.js';
import { projectPath } from '../../src/paths.js';

test('bench resolve redoes the resolution the corpus views do, each step apart, and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
  const store = new SqliteStore(join(dir, 'r.db'));
  try {
    // The bundled demo articles through the real pipeline, so entity ids are the ones ingest gives.
    await ingest([projectPath('demo')], store);
    const generation = await store.generation();
    const r = await benchResolve(store);
    assert.equal(await store.generation(), generation, 'nothing written');
    assert.ok(r.entities.mentions > 0);
    assert.equal(r.entities.changedFromStored, 0, 'the same entity ids as at ingest');
    assert.equal(r.entities.entities, (await store.queryEntities({ limit: 1 })).total);
    const clusters = await loadEventClusters(store);
    assert.equal(r.events.clusters, clusters.length);
    assert.equal(r.events.largestCluster, Math.max(...clusters.map((c) => c.members.length)));
    const groups = await loadClaimGroups(store);
    assert.deepEqual([r.claims.groups, r.claims.disputed], [groups.length, groups.filter((g) => g.disputed).length]);
    assert.ok(Number.isFinite(r.resolveSeconds) && r.totalSeconds >= r.resolveSeconds, 'resolution is part of the total');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
