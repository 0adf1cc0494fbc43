// Threads of a pool read WordNet and the gazetteer from the bytes the pool shares with them
// (src/pipeline/shared-bytes.ts): what they find is what this thread finds reading the files itself.
import test from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisPool } from '../../src/ingest/pool.js';
import { analyse, defaultContext } from '../../src/pipeline/index.js';
import type { Analysis } from '../../src/types.js';
import { rawText } from '../fixtures/analyse-text.js';

const TEXTS = [
  'Orchard fire\n\nA blaze destroyed three barns near Ipswich on Tuesday, the county fire service said. Two farm workers were taken to hospital.',
  'Canal dispute\n\nThe mayor of Leeds met boat owners on Monday to discuss the closure of a lock. "We will reopen it by spring," she said.',
];

/** The analysis as a thread hands it over: tokens and parse are left behind (analyse-thread.ts). */
function asHandedOver(a: Analysis): string {
  return JSON.stringify({ ...a, segmentation: null, syntax: null });
}

test('two threads on shared data files analyse as this thread does on its own copies', { timeout: 300_000 }, async () => {
  const pool = new AnalysisPool({ threads: 2, timeLimitMs: 240_000, userAliases: [] });
  try {
    const results = await Promise.all(TEXTS.map((t) => pool.analyse(rawText(t))));
    const ctx = defaultContext();
    results.forEach((r, n) => {
      assert.ok(r.ok, `document ${n} failed`);
      if (!r.ok) return;
      assert.ok(r.analysis.places.length > 0, 'the gazetteer was read');
      assert.equal(asHandedOver(r.analysis), asHandedOver(analyse(rawText(TEXTS[n]), ctx)));
    });
  } finally {
    await pool.close();
  }
});
