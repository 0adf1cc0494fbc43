// Per-stage times for bench ingest: laps charge each stage, a worker's per-document times add up
// in the main thread, and the facts parts sum to the whole facts stage.
import test from 'node:test';
import assert from 'node:assert/strict';
import { StageTimes, lapTimer, TIMED_STAGES } from '../../src/pipeline/stage-clock.js';
import { analyse, defaultContext } from '../../src/pipeline/index.js';
import { AnalysisPool } from '../../src/ingest/pool.js';
import type { RawDoc } from '../../src/types.js';
import { rawText } from '../fixtures/analyse-text.js';

function article(n: number): RawDoc {
  const text = `Orchard news ${n}\n\nThe county fair in Millbrook opened on Friday with ${n + 3} cider stalls. "We sold out by noon," said Ada Pennyworth, who runs the largest one.`;
  return rawText(text);
}

test('laps charge the time since the previous lap to the stage named, over the documents given', () => {
  const times = new StageTimes();
  const lap = times.laps();
  lap('extract');
  lap('segment', 4);
  lap('segment', 4);
  assert.deepEqual(times.documents, { extract: 1, segment: 8 });
  // Each stage that lapped has a time charged to it (its size is bench ingest's business).
  assert.deepEqual(Object.keys(times.ms).sort(), ['extract', 'segment']);
  assert.ok(['thread-cpu', 'wall'].includes(times.kind));
});

test('without a clock, a lap timer records nothing and costs nothing', () => {
  const lap = lapTimer(undefined);
  assert.doesNotThrow(() => lap('store', 3));
});

test('take hands over one document and starts again; addDocument counts it once per stage', () => {
  const worker = new StageTimes();
  const main = new StageTimes();
  for (let n = 0; n < 2; n++) {
    const lap = worker.laps();
    lap('syntax');
    lap('entities');
    main.addDocument(worker.take());
  }
  assert.deepEqual(worker.ms, {});
  assert.deepEqual(main.documents, { syntax: 2, entities: 2 });
});

test('the summary adds the facts parts into the whole facts stage', () => {
  const times = new StageTimes();
  times.add('facts/context', 100, 10);
  times.add('facts/attribution', 200, 10);
  times.add('facts/figures', 100, 10);
  times.add('facts/events', 100, 10);
  times.add('store', 0, 10);
  const s = times.summary();
  assert.deepEqual(s.facts, { documents: 10, seconds: 0.5, articlesPerSecond: 20 });
  assert.deepEqual(s['facts/attribution'], { documents: 10, seconds: 0.2, articlesPerSecond: 50 });
  assert.equal(s.store.articlesPerSecond, null, 'no time recorded: no rate');
  assert.equal(s.read, undefined, 'a stage never timed is left out');
});

test('the pipeline times every stage it runs, once per document, and none after --until', () => {
  const ctx = defaultContext('time');
  const times = new StageTimes();
  ctx.clock = times;
  analyse(article(1), ctx);
  analyse(article(2), ctx);
  const expected = ['extract', 'segment', 'syntax', 'entities', 'resolve', 'places', 'time'];
  assert.deepEqual(Object.keys(times.documents), expected);
  for (const stage of expected) assert.equal(times.documents[stage as (typeof TIMED_STAGES)[number]], 2, stage);
});

test('the facts stage is timed in its four parts', () => {
  const ctx = defaultContext();
  const times = new StageTimes();
  ctx.clock = times;
  const timed = analyse(article(3), ctx);
  const untimed = analyse(article(3), defaultContext());
  for (const part of ['facts/context', 'facts/attribution', 'facts/figures', 'facts/events'] as const) assert.equal(times.documents[part], 1, part);
  assert.deepEqual(timed, untimed, 'timing does not change the analysis');
});

test('analysis threads send their stage times back to the pool', { timeout: 120_000 }, async () => {
  const stageTimes = new StageTimes();
  const pool = new AnalysisPool({ threads: 1, timeLimitMs: 60_000, until: 'segment', userAliases: [], stageTimes });
  try {
    const results = await Promise.all([0, 1, 2].map((n) => pool.analyse(article(n))));
    assert.ok(results.every((r) => r.ok));
    assert.deepEqual(stageTimes.documents, { extract: 3, segment: 3 });
  } finally {
    await pool.close();
  }
});

test("an analysis thread's whole CPU, start-up and hand-over included, is added when the pool closes", { timeout: 120_000 }, async () => {
  const stageTimes = new StageTimes();
  const pool = new AnalysisPool({ threads: 1, timeLimitMs: 60_000, until: 'segment', userAliases: [], stageTimes });
  try {
    const results = await Promise.all([4, 5].map((n) => pool.analyse(article(n))));
    assert.ok(results.every((r) => r.ok));
    assert.equal(stageTimes.analysisThreadMs, 0, 'counted when the thread ends, not before');
  } finally {
    await pool.close();
  }
  // read by the same clock as the stages after them, so never less than their sum
  const stagesMs = Object.values(stageTimes.ms).reduce((a, b) => a + b, 0);
  assert.ok(stageTimes.analysisThreadMs > 0);
  assert.ok(stageTimes.analysisThreadMs >= stagesMs);
});
