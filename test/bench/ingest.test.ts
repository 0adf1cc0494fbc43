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
  const res = runCli(['bench', 'ingest', '--corpus', dir, '--workers', '1', '--json']);
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout) as { docs: number; stageClock: string; stages: Record<string, { documents: number; seconds: number; articlesPerSecond: number | null }> };
  assert.equal(out.docs, 2);
  assert.ok(['thread-cpu', 'wall'].includes(out.stageClock));
  assert.deepEqual(Object.keys(out.stages).sort(), [...TIMED_STAGES, 'facts'].sort());
  for (const [stage, f] of Object.entries(out.stages)) {
    assert.equal(f.documents, 2, stage);
    // The field is reported; its size is the bench's business, not the test's.
    assert.ok(Number.isFinite(f.seconds), stage);
  }
});
