// Shared-corpus mode on PostgreSQL: `ingest --queue` only reads and queues; `chronicle worker`
// processes the queue on any number of machines.
import type { ReadFailure } from '../types.js';
import type { PostgresStore } from '../store/postgres/index.js';
import { contentHash } from '../store/simhash.js';
import { readInputs, type ReadOptions } from '../pipeline/read/index.js';
import { createAnalyser, type AnalyserOptions } from './index.js';
import { failureLine, oneLine } from '../one-line.js';

export async function enqueueInputs(inputs: string[], store: PostgresStore, opts: ReadOptions = {}): Promise<{ queued: number; unchanged: number; failed: ReadFailure[] }> {
  const summary = { queued: 0, unchanged: 0, failed: [] as ReadFailure[] };
  let batch: Parameters<PostgresStore['enqueue']>[0] = [];
  const flush = async () => {
    const added = await store.enqueue(batch);
    summary.queued += added;
    summary.unchanged += batch.length - added;
    batch = [];
  };
  for await (const r of readInputs(inputs, opts)) {
    if (!r.ok) summary.failed.push(r.failure);
    else batch.push({ raw: r.raw, contentHash: contentHash(r.raw.content) });
    if (batch.length >= 200) await flush();
  }
  await flush();
  return summary;
}

export interface WorkerOptions extends AnalyserOptions {
  batchSize: number;
  /** Stop when the queue is empty instead of waiting for more. */
  exitWhenEmpty: boolean;
  /** One line each: a document that failed ("  ✗ INPUT: WHY", its name and reason on one line
   *  whatever characters they hold), or the database gone and the wait before retrying. */
  log: (line: string) => void;
  onBatch?: (processed: number) => void;
  /** Called with the documents this worker saved since the last call, each time the queue runs dry,
   *  every drainEvery documents, and once more on stopping: the corpus passes after an ingest (they need the whole batch saved). */
  afterDrain?: (newDocIds: string[]) => Promise<void>;
  /** Also call afterDrain once this many saved documents wait for it, so a queue that never runs dry
   *  still gets its passes (default 1,000: over the names of 3,322 Reuters articles the pass cost
   *  1–3 s, their analysis about 35 s CPU). */
  drainEvery?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Claims and processes batches until told to stop; survives database restarts by retrying. */
export async function runWorker(store: PostgresStore, opts: WorkerOptions, signal?: AbortSignal): Promise<{ processed: number; failed: number }> {
  const analyser = await createAnalyser(store, opts);
  const totals = { processed: 0, failed: 0 };
  let backoff = 500;
  // saved and not yet followed by afterDrain (kept when it fails, for the next try)
  const saved = new Set<string>();
  const drain = async () => {
    if (!opts.afterDrain || !saved.size) return;
    const ids = [...saved];
    await opts.afterDrain(ids);
    for (const id of ids) saved.delete(id);
  };
  try {
    while (!signal?.aborted) {
      let claimed: number;
      try {
        const r = await store.processPending(opts.batchSize, analyser.run);
        claimed = r.claimed;
        totals.processed += r.outcomes.length;
        totals.failed += r.failed.length;
        for (const o of r.outcomes) if (o.status === 'new') saved.add(o.docId);
        // a file named with a newline or an escape sequence must not split the log line or colour the terminal
        for (const f of r.failed) opts.log(failureLine(f));
        if (claimed === 0 || saved.size >= (opts.drainEvery ?? 1000)) await drain();
        if (claimed) opts.onBatch?.(claimed);
        backoff = 500;
      } catch (err) {
        opts.log(`database unavailable (${oneLine(err instanceof Error ? err.message : String(err))}); retrying in ${backoff / 1000} s`);
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 10_000);
        continue;
      }
      if (claimed === 0) {
        if (opts.exitWhenEmpty) break;
        await sleep(1000);
      }
    }
    // stopped (or the queue ran dry just before): what this worker saved is passed over before it goes
    await drain();
  } finally {
    await analyser.close();
  }
  return totals;
}
