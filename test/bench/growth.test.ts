import { test } from 'node:test';
import assert from 'node:assert/strict';
import { growthRecorder } from '../../src/bench/lib/growth.js';
import { latencySummary } from '../../src/bench/lib/latency.js';
import { seededRandom } from '../../src/seeded-random.js';

test('growth: a point every step and one for the partial last step, each with its own measures', () => {
  const seen: number[] = [];
  const g = growthRecorder(2, null, (p) => seen.push(p.docs));
  for (let i = 0; i < 5; i++) g.count();
  g.finish();
  g.finish();
  assert.deepEqual(g.points.map((p) => p.docs), [2, 4, 5]);
  assert.deepEqual(seen, [2, 4, 5]);
  assert.equal(g.docs, 5);
  for (const p of g.points) assert.equal(p.dbMb, null, 'no file, no size');
  assert.deepEqual(growthRecorder(0, null).points, []);
});

test('latency percentiles by nearest rank', () => {
  const xs = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.deepEqual(latencySummary(xs.reverse()), { n: 100, p50Ms: 50, p95Ms: 95, p99Ms: 99, maxMs: 100 });
  assert.deepEqual(latencySummary([]), { n: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 });
});

test('the seeded generator repeats its sequence and stays in [0, 1)', () => {
  const a = seededRandom(3);
  const b = seededRandom(3);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(xs.slice(0, 5), Array.from({ length: 5 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, seededRandom(4)));
});
