// bench ingest reports every stage's cost, from the reader to the store, analysed in threads.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { TIMED_STAGES } from '../../src/pipeline/stage-clock.js';

const stories = [
  `Lighthouse keeper retires\n\nThe keeper of the Farrow Point lighthouse retired on Sunday after 31 years. "The sea never got boring," said Tomas Brenn, 64.`,
  `Bridge reopens\n\nThe Old Mill bridge in Carrowby reopened to traffic on Monday after repairs that cost 2.4 million euros, the council said.`,
];

test('bench ingest --json lists per-stage documents, seconds and articles per second', { timeout: 180_000 }, () => {
  const dir = tempDir();
  stories.forEach((s, i) => writeFileSync(join(dir, `story-${i}.txt`), s));
  // one article per transaction: both are still stored, and the output says what batch was used
  const res = runCli(['bench', 'ingest', '--corpus', dir, '--workers', '1', '--batch', '1', '--json']);
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout) as {
    docs: number;
    storedDocuments: number;
    batch: number;
    cpuSeconds: number;
    stageClock: string;
    stages: Record<string, { documents: number; seconds: number; articlesPerSecond: number | null }>;
    threads: { mainSeconds: number; analysisSeconds: number; otherSeconds: number } | null;
  };
  assert.equal(out.docs, 2);
  assert.equal(out.storedDocuments, 2);
  assert.equal(out.batch, 1);
  assert.ok(['thread-cpu', 'wall'].includes(out.stageClock));
  assert.deepEqual(Object.keys(out.stages).sort(), [...TIMED_STAGES, 'facts'].sort());
  for (const [stage, f] of Object.entries(out.stages)) {
    assert.equal(f.documents, 2, stage);
    // The field is reported; its size is the bench's business, not the test's.
    assert.ok(Number.isFinite(f.seconds), stage);
  }
  // the process's CPU split by thread, so what no stage timed (start-up, V8's helper threads) shows
  if (out.stageClock === 'thread-cpu') {
    assert.deepEqual(Object.keys(out.threads ?? {}).sort(), ['analysisSeconds', 'mainSeconds', 'otherSeconds']);
    assert.ok(out.threads!.analysisSeconds > 0, 'the analysis thread is counted');
  } else assert.equal(out.threads, null);
});

test('bench ingest refuses a batch that is not a positive whole number', () => {
  const res = runCli(['bench', 'ingest', '--corpus', tempDir(), '--batch', '0', '--json']);
  assert.notEqual(res.status, 0);
  assert.match(res.stderr, /batch/);
});
