// The analysis pool posts several documents ahead to each thread: every document still gets
// its own analysis back, and a thread stopped by the time limit hands the documents it held to
// a fresh thread instead of losing them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisPool, JOBS_PER_THREAD, limitText, type PoolOptions } from '../../src/ingest/pool.js';
import type { RawDoc } from '../../src/types.js';
import { rawText } from '../fixtures/analyse-text.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/index.js';

/**
 * A document no thread segments within a millisecond, however fast: tens of thousands of
 * sentences (a time limit of 1 ms then stops it reliably, now that start-up is not counted).
 */
function longPumpLog(n: number): RawDoc {
  return rawText(`Pump log ${n}\n\n${Array.from({ length: 30_000 }, (_, i) => `Valve ${i} of pump ${n} was checked at dawn.`).join(' ')}`);
}

function article(n: number): RawDoc {
  const text = `Harbour report ${n}\n\nThe night ferry number ${n} reached the northern pier two hours late. The crew blamed a storm over the bay.`;
  return rawText(text);
}

test('more documents than threads can hold: each comes back with its own analysis', { timeout: 120_000 }, async () => {
  const pool = new AnalysisPool({ threads: 2, timeLimitMs: 60_000, until: 'segment', userAliases: [] });
  try {
    const count = 2 * JOBS_PER_THREAD + 5;
    const results = await Promise.all(Array.from({ length: count }, (_, n) => pool.analyse(article(n))));
    results.forEach((r, n) => {
      assert.ok(r.ok, `document ${n} failed`);
      if (r.ok) assert.match(r.analysis.doc.text, new RegExp(`ferry number ${n} reached`));
    });
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
});

test('a time limit stops the running document; the documents queued behind it go to a fresh thread, none lost', { timeout: 120_000 }, async () => {
  // 1 ms: each document in turn is stopped, and its thread replaced; none may be lost or answered twice
  const pool = new AnalysisPool({ threads: 1, timeLimitMs: 1, until: 'segment', userAliases: [] });
  try {
    const results = await Promise.all(Array.from({ length: 4 }, (_, n) => pool.analyse(longPumpLog(n))));
    for (const r of results) {
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error, /took longer than/);
      if (!r.ok) assert.equal(r.reason, 'time-limit', 'so that the ingest summary can say to raise --time-limit');
    }
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
});

test("a document's clock starts once its thread is ready: start-up longer than the time limit stops nothing", { timeout: 120_000 }, async () => {
  // the stand-in takes three times the limit to start, then answers at once
  const threadModule = new URL('../fixtures/slow-start-thread.js', import.meta.url);
  const pool = new AnalysisPool({ threads: 1, timeLimitMs: 500, userAliases: [], threadModule });
  try {
    const results = await Promise.all([0, 1].map((n) => pool.analyse(article(n))));
    assert.deepEqual(results, [0, 1].map(() => ({ ok: false, error: 'could not analyse: answered by the stand-in' })));
  } finally {
    await pool.close();
  }
});

test('threads that cannot start: every document gets the reason, and no thread is spawned again and again', { timeout: 120_000 }, async () => {
  // a corrupt curated alias (no name) makes the thread fail while it sets up, before any document
  const corrupt = [{ type: 'ORG', alias: null, canonical: null }] as unknown as PoolOptions['userAliases'];
  const pool = new AnalysisPool({ threads: 2, timeLimitMs: 60_000, until: 'segment', userAliases: corrupt });
  try {
    const results = await Promise.all(Array.from({ length: 5 }, (_, n) => pool.analyse(article(n))));
    const reasons = results.map((r) => (r.ok ? 'ok' : r.error));
    assert.ok(reasons.every((e) => e !== 'ok'), 'no document can be analysed');
    assert.ok(reasons.some((e) => /analysis threads cannot start/.test(e)), reasons.join('\n'));
    const later = await pool.analyse(article(9));
    assert.ok(!later.ok && /cannot start/.test(later.error), 'a document after the pool gave up is answered at once');
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
});

test('ingest: a document stopped by the time limit is a failure with reason time-limit, named by its path', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'pump-log.txt'), longPumpLog(1).content);
  const store = await openStore(join(dir, 'db.sqlite'));
  try {
    const summary = await ingest([dir], store, { threads: 1, timeLimitMs: 1, until: 'segment' });
    assert.deepEqual(summary.failed.map((f) => [f.input, f.reason]), [[join(dir, 'pump-log.txt'), 'time-limit']]);
    // 1 ms is named as such, not rounded to "0 s"
    assert.equal(summary.failed[0].error, 'analysis took longer than 1 ms and was stopped');
  } finally {
    await store.close();
  }
});

test('a time limit is named in milliseconds below a second, in seconds above', () => {
  assert.deepEqual([1, 250, 999, 1000, 2500, 60_000].map(limitText), ['1 ms', '250 ms', '999 ms', '1 s', '2.5 s', '60 s']);
});
