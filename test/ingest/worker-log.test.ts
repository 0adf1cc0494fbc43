// `chronicle worker` logs one line per failed document: a queued file whose name holds a newline or an
// escape sequence must neither split that line nor colour the terminal (as the ingest summary's
// failure lines). No PostgreSQL needed: a stand-in store hands the worker one queued document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PostgresStore } from '../../src/store/postgres/index.js';
import type { Analysis, RawDoc } from '../../src/types.js';
import { runWorker } from '../../src/ingest/queue.js';

const ESC = '\u001b';

/** A queue of the given documents, claimed one batch at a time, as PostgresStore.processPending claims them. */
function queueOf(docs: RawDoc[], onClaim?: () => void): PostgresStore {
  const pending = [...docs];
  const store = {
    listUserAliases: async () => [],
    async processPending(limit: number, analyse: (raw: RawDoc) => Promise<{ ok: true; analysis: Analysis } | { ok: false; error: string }>) {
      onClaim?.();
      const rows = pending.splice(0, limit);
      const failed: Array<{ input: string; error: string }> = [];
      for (const raw of rows) {
        const r = await analyse(raw);
        if (!r.ok) failed.push({ input: raw.source.location, error: r.error });
      }
      return { claimed: rows.length, outcomes: [], failed };
    },
  };
  return store as unknown as PostgresStore;
}

function textFile(location: string, content: string): RawDoc {
  return { source: { kind: 'file', location, name: location }, format: 'text', content, encoding: 'utf-8', hints: {} };
}

test('a failed document named with a newline and an escape sequence is logged on one line, its controls visible', { timeout: 120_000 }, async () => {
  const lines: string[] = [];
  // no letter or digit: "no article text found", a failure the worker logs
  const store = queueOf([textFile(`in/red${ESC}[31m\nsplit.txt`, '— … —')]);
  const totals = await runWorker(store, { batchSize: 4, exitWhenEmpty: true, until: 'segment', log: (l) => lines.push(l) });
  assert.deepEqual(totals, { processed: 0, failed: 1 });
  assert.deepEqual(lines, ['  ✗ in/red␛[31m␊split.txt: no article text found']);
});

test('a database error message is logged on one line too', { timeout: 120_000 }, async () => {
  const lines: string[] = [];
  let calls = 0;
  const store = queueOf([], () => {
    if (calls++ === 0) throw new Error('database "news\nroom" does not exist');
  });
  await runWorker(store, { batchSize: 4, exitWhenEmpty: true, until: 'segment', log: (l) => lines.push(l) });
  assert.deepEqual(lines, ['database unavailable (database "news␊room" does not exist); retrying in 0.5 s']);
});
