import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags, parsePositiveInt, resolveDbPath } from '../args.js';
import { printJson } from '../output.js';
import { createProgress } from '../progress.js';
import { isPostgresUrl } from '../../store/open.js';
import { PostgresStore } from '../../store/postgres/index.js';
import { runWorker } from '../../ingest/queue.js';
import { STAGES, type StageName } from '../../pipeline/stages.js';
import { afterIngest } from '../../corpus/after-ingest.js';

const command: Command = {
  summary: 'Process queued documents from a shared PostgreSQL corpus (run on any number of machines)',
  usage: `Usage: chronicle worker --db postgres://USER@HOST/DB [--threads N] [--batch N] [--exit-when-empty] [--full-type-pass] [--until STAGE] [--json]

Claims pending documents queued by \`chronicle ingest --queue --db postgres://…\`, analyses them and
saves the results. Run as many workers as you like, on as many machines: each batch is claimed
with FOR UPDATE SKIP LOCKED and committed in one transaction, so a worker killed mid-batch leaves
its documents for another worker, never half-written. If the database restarts, workers retry.
Each time the queue runs dry, and before stopping, a worker decides the types of the names its
articles give over the whole corpus and applies people's curations, as \`chronicle ingest\` does
(one worker at a time: an advisory lock).

Options:
  --threads N        analysis threads in this worker (default 1)
  --batch N          documents per transaction (default 16)
  --exit-when-empty  stop when the queue is empty (default: keep waiting for new work)
  --full-type-pass   first decide every name's type over the whole corpus (a corpus that workers
                     filled before they ran the pass)
  --until STAGE      stop the pipeline after a stage (benchmarks and tests)
  --json             when it stops, print {processed, failed, queue: {STATUS: count}} as JSON
                     instead of a line of text`,
  async run(argv) {
    const { values } = parseFlags(argv, {
      db: { type: 'string' },
      threads: { type: 'string' },
      batch: { type: 'string' },
      'exit-when-empty': { type: 'boolean' },
      'full-type-pass': { type: 'boolean' },
      json: { type: 'boolean' },
      until: { type: 'string' },
    }, false);
    const until = values.until as StageName | undefined;
    if (until && !STAGES.includes(until)) throw new UsageError(`--until must be one of ${STAGES.join(', ')}`);
    const db = resolveDbPath(values.db);
    if (!isPostgresUrl(db)) throw new UsageError('workers share a PostgreSQL database: pass --db postgres://…');
    const store = await PostgresStore.open(db);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const progress = createProgress('worker', null, !values.json && process.stderr.isTTY === true);
    try {
      if (values['full-type-pass']) await afterIngest(store);
      const totals = await runWorker(
        store,
        {
          threads: parsePositiveInt(values.threads, 'threads', 1),
          until,
          batchSize: parsePositiveInt(values.batch, 'batch', 16),
          exitWhenEmpty: values['exit-when-empty'] === true,
          log: (line) => console.error(line),
          onBatch: (n) => progress.tick(n),
          afterDrain: async (docIds) => {
            await afterIngest(store, { docIds });
          },
        },
        controller.signal,
      );
      progress.done();
      if (values.json) printJson({ ...totals, queue: await store.queueCounts() });
      else console.log(`${totals.processed} documents processed, ${totals.failed} failed`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
export default command;
