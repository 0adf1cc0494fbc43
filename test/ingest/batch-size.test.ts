// Without --batch, ingest saves DEFAULT_BATCH documents per transaction: the size `bench ingest`
// measures by default too, so the benchmark runs what users run.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { openStore } from '../../src/store/open.js';
import { DEFAULT_BATCH, ingest } from '../../src/ingest/index.js';

test('ingest without a batch size saves DEFAULT_BATCH documents per transaction', async () => {
  const dir = tempDir();
  const count = DEFAULT_BATCH + 3;
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `w${i}.txt`), `Weather note ${i}\n\nRain is expected on hill road ${i} by evening, forecasters said.`);
  const store = await openStore(join(tempDir(), 'db.sqlite'));
  const sizes: number[] = [];
  const saveBatch = store.saveBatch.bind(store);
  store.saveBatch = (batch) => {
    sizes.push(batch.length);
    return saveBatch(batch);
  };
  try {
    const summary = await ingest([dir], store, { until: 'segment' });
    assert.equal(summary.ingested, count);
    assert.deepEqual(sizes, [DEFAULT_BATCH, 3]);
  } finally {
    await store.close();
  }
});
