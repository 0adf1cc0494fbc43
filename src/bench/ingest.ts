// chronicle bench ingest: documents per second and peak memory for the ingest path.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { UsageError } from '../cli/command.js';
import { parseFlags } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { createProgress } from '../cli/progress.js';
import { openStore, isPostgresUrl } from '../store/open.js';
import { ingest } from '../ingest/index.js';
import { readInputs, type ReadResult } from '../pipeline/read/index.js';
import { STAGES, type StageName } from '../pipeline/index.js';

const bench: Subcommand = {
  summary: 'Ingest throughput (docs/s) and peak memory on a corpus',
  usage: `Usage: chronicle bench ingest --corpus DIR [--until STAGE] [--workers N] [--replicate N] [--limit N] [--db FILE] [--json]

Ingests every article under DIR (any format ingest reads, e.g. the Reuters-21578 .sgm files)
into a fresh temporary database (or --db FILE) and reports
{docs, seconds, docsPerSecond, peakRssMb, dbMb, engine, workers, until, failed}.
--until STAGE stops the pipeline after one of: ${STAGES.join(', ')} (default: all stages).
--workers N analyses in N worker threads (default 0: in the main thread).
--replicate N ingests every article N times with distinct ids. Reuters-21578 holds 20,841
  articles with 17,041 distinct texts, so --replicate 6 makes a corpus of about 102,000 documents.
--limit N stops after N articles.
A folder holding .sgm files is read as its .sgm files only (Reuters-21578 ships .txt lists beside them).
--db accepts a postgres:// URL to measure the PostgreSQL engine (tables must be empty).`,
  async run(argv) {
    const { values } = parseFlags(argv, {
      corpus: { type: 'string' },
      until: { type: 'string' },
      db: { type: 'string' },
      workers: { type: 'string' },
      replicate: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    }, false);
    const replicate = values.replicate ? Number(values.replicate) : 1;
    const limit = values.limit ? Number(values.limit) : Infinity;
    const threads = values.workers ? Number(values.workers) : 0;
    if (!values.corpus) throw new UsageError('--corpus DIR is required');
    const until = (values.until ?? 'facts') as StageName;
    if (!STAGES.includes(until)) throw new UsageError(`--until must be one of ${STAGES.join(', ')}`);
    const tmp = values.db ? null : mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
    const dbPath = values.db ?? join(tmp!, 'bench.db');
    const store = await openStore(dbPath);
    const progress = createProgress('bench ingest', null, !values.json && process.stderr.isTTY === true);
    const started = process.hrtime.bigint();
    const summary = await ingest(corpusInputs(values.corpus), store, {
      read: (inputs, opts) => replicated(readInputs(inputs, opts), replicate, limit),
      batchSize: 256,
      until,
      threads,
      onDocument: () => progress.tick(),
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    progress.done();
    await store.close();
    const docs = summary.ingested + summary.duplicates;
    const result = {
      docs,
      seconds: round(seconds),
      docsPerSecond: round(docs / seconds),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024),
      dbMb: isPostgresUrl(dbPath) ? null : round(statSync(dbPath).size / 1024 / 1024),
      engine: isPostgresUrl(dbPath) ? 'postgres' : 'sqlite',
      workers: threads,
      until,
      failed: summary.failed.length,
    };
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (values.json) printJson(result);
    else console.log(`${docs} docs in ${result.seconds}s = ${result.docsPerSecond} docs/s, peak RSS ${result.peakRssMb} MB (until ${until})`);
    return 0;
  },
};
export default bench;

/** The .sgm files of a Reuters-21578 folder, else the folder itself. */
function corpusInputs(dir: string): string[] {
  try {
    const sgm = readdirSync(dir).filter((f) => f.endsWith('.sgm')).sort();
    if (sgm.length) return sgm.map((f) => join(dir, f));
  } catch {
    // not a folder: let the reader report it
  }
  return [dir];
}

/** Each article `times` times, copies made distinct (their own location and a marker line), up to `limit`. */
async function* replicated(source: AsyncIterable<ReadResult>, times: number, limit: number): AsyncGenerator<ReadResult> {
  const articles: Array<Extract<ReadResult, { ok: true }>> = [];
  let emitted = 0;
  for await (const r of source) {
    if (emitted >= limit) return;
    yield r;
    if (r.ok) {
      emitted++;
      if (times > 1) articles.push(r);
    }
  }
  for (let copy = 1; copy < times; copy++) {
    for (const a of articles) {
      if (emitted++ >= limit) return;
      const { raw } = a;
      yield {
        ok: true,
        raw: { ...raw, source: { ...raw.source, location: `${raw.source.location}~${copy}`, name: `${raw.source.name}~${copy}` }, content: markCopy(raw.content, copy) },
      };
    }
  }
}

/** Marks a copy inside its first paragraph, where extraction keeps it, so its clean text (and id) differ. */
function markCopy(content: string, copy: number): string {
  const end = content.search(/\n\s*\n|$/);
  return `${content.slice(0, end)} (copy ${copy})${content.slice(end)}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

