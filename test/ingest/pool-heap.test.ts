// The analysis pool keeps its threads' young generation small: threads started once a pool exists
// get a semi-space of ANALYSIS_SEMI_SPACE_MB, not V8's default (twice that here), which shows as a
// smaller new space under an allocation-heavy load.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { AnalysisPool, ANALYSIS_SEMI_SPACE_MB } from '../../src/ingest/pool.js';

// Churns through short-lived objects, a ring of them surviving a scavenge or two (as a document's
// tokens do), and reports the largest new space it saw, in bytes.
const CHURN = `
const v8 = require('node:v8');
const { parentPort } = require('node:worker_threads');
let max = 0;
const ring = new Array(20000);
for (let i = 0; i < 3000000; i++) {
  ring[i % 20000] = { n: i, label: 'item ' + i, list: [i] };
  if (i % 10000 === 0) {
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    max = Math.max(max, space ? space.space_size : 0);
  }
}
parentPort.postMessage(max);
`;

function largestNewSpace(): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHURN, { eval: true });
    worker.once('message', (bytes: number) => {
      resolve(bytes);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

test('threads started after the pool have a new space of at most two semi-spaces of the set size', { timeout: 120_000 }, async () => {
  const pool = new AnalysisPool({ threads: 1, timeLimitMs: 60_000, until: 'segment', userAliases: [] });
  await pool.close();
  const bytes = await largestNewSpace();
  assert.ok(bytes > 0, 'the worker saw no new space');
  assert.ok(bytes <= 2 * ANALYSIS_SEMI_SPACE_MB * 1024 * 1024, `new space reached ${(bytes / 1048576).toFixed(1)} MiB`);
});
