// chronicle bench ingest: documents per second and peak memory for the ingest path, with the
// corpus named as what it is (distinct texts apart from replicated copies) and, on request, how
// speed, memory and database size develop as the database grows.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { UsageError } from '../cli/command.js';
import { DEFAULT_TIME_LIMIT_S, parseFlags, parseOptionalPositiveInt, parsePositiveInt, parseTimeLimitMs, parseWholeNumber, requireOptions } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { createProgress } from '../cli/progress.js';
import { openStore, isPostgresUrl } from '../store/open.js';
import { DEFAULT_BATCH, ingest } from '../ingest/index.js';
import { readInputs, type ReadResult } from '../pipeline/read/index.js';
import { STAGES, type StageName } from '../pipeline/stages.js';
import { databaseMb, growthRecorder } from './lib/growth.js';
import { StageTimes } from '../pipeline/stage-clock.js';

const bench: Subcommand = {
  summary: 'Ingest throughput (docs/s) and peak memory on a corpus',
  usage: `Usage: chronicle bench ingest --corpus DIR [--until STAGE] [--workers N] [--replicate N] [--limit N] [--batch N] [--time-limit S] [--growth-step N] [--db FILE] [--json]

Ingests every article under DIR (any format ingest reads, e.g. the Reuters-21578 .sgm files)
into a fresh temporary database (or --db FILE) and reports
{docs, distinctTexts, replicatedCopies, storedDocuments, seconds, docsPerSecond, cpuSeconds,
 docsPerCpuSecond, peakRssMb, dbMb,
 engine, workers, batch, timeLimitSeconds, until, failed, timedOut, stageClock, stages, threads, growth}.
stages gives, per stage, {documents, seconds, articlesPerSecond} in the CPU time of the thread that
ran it (stageClock "thread-cpu"; "wall" where the system cannot tell a thread's CPU time):
read (timed in a pass of its own before ingest), extract, segment, syntax, entities, resolve
(within the document), places, time, facts/context (what the facts share), facts/attribution
(the model and the quotes), facts/figures, facts/events, facts (those four together) and store
(SQLite writes, in the main thread). Thread CPU is read as the kernel updates it, at scheduler
ticks and context switches, so some of a stage's time is booked to the next switch (the hand-over
of a result): stage figures read low, the per-thread totals (threads) are exact.
threads splits cpuSeconds by who spent it: {mainSeconds (reading, receiving, the store),
analysisSeconds (the analysis threads, start-up included), otherSeconds (the rest: V8's
compiler and garbage-collector helper threads, libuv)}; null without a thread CPU clock.
docs counts every article ingested, copies included; distinctTexts the stored documents the
original articles gave (identical texts are one document); replicatedCopies the articles made
by --replicate; storedDocuments what the database holds at the end.
--until STAGE stops the pipeline after one of: ${STAGES.join(', ')} (default: all stages).
--workers N analyses in N worker threads (default 0: in the main thread).
--replicate N ingests every article N times with distinct ids. Reuters-21578 holds about 20,850
  articles with about 20,500 distinct texts (briefs that are only a headline are
  kept as articles since commit e33e4b77), so --replicate 5 makes a corpus of about 102,000 documents.
--limit N stops after N articles.
--batch N saves N analysed articles per transaction (default ${DEFAULT_BATCH}; the setting \`chronicle ingest --batch\` takes).
--time-limit S gives up on a document whose analysis takes longer than S seconds
  (default ${DEFAULT_TIME_LIMIT_S}; the setting \`chronicle ingest --time-limit\` takes); such a document
  counts in failed and in timedOut. Only analysis threads can be stopped, so it
  needs --workers 1 or more (timeLimitSeconds is null with --workers 0).
--growth-step N records, every N articles, {docs, seconds, docsPerSecond and docsPerCpuSecond
  (over the last step; the second does not depend on what else the machine runs), rssMb, dbMb}: a flat docsPerSecond and a linear dbMb show a constant cost per document.
  Articles are counted as their batch is saved: use steps of several thousand.
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
      batch: { type: 'string' },
      'time-limit': { type: 'string' },
      'growth-step': { type: 'string' },
      json: { type: 'boolean' },
    }, false);
    const replicate = parsePositiveInt(values.replicate, 'replicate', 1);
    const limit = parseOptionalPositiveInt(values.limit, 'limit') ?? Infinity;
    const threads = parseWholeNumber(values.workers, 'workers', 0);
    const batchSize = parsePositiveInt(values.batch, 'batch', DEFAULT_BATCH);
    const timeLimitMs = parseTimeLimitMs(values['time-limit']);
    // in this thread nothing can stop a document: a limit given there would be silently ignored
    if (values['time-limit'] !== undefined && threads === 0) throw new UsageError('--time-limit needs --workers 1 or more: only analysis threads can be stopped');
    requireOptions(values, { corpus: 'DIR' });
    // a mistyped --corpus had measured nothing and reported "0 articles … = 0 docs/s" with exit 0
    if (!existsSync(values.corpus)) throw new UsageError(`--corpus ${values.corpus}: no such folder (give a folder of articles, such as demo)`);
    const until = (values.until ?? 'facts') as StageName;
    if (!STAGES.includes(until)) throw new UsageError(`--until must be one of ${STAGES.join(', ')}`);
    const tmp = values.db ? null : mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
    const dbPath = values.db ?? join(tmp!, 'bench.db');
    const store = await openStore(dbPath);
    // read is timed in a pass of its own, before the analysis threads start, so that only it runs
    const stageTimes = new StageTimes();
    await timeReading(corpusInputs(values.corpus), limit, stageTimes);
    const progress = createProgress('bench ingest', null, !values.json && process.stderr.isTTY === true);
    const growthStep = parseWholeNumber(values['growth-step'], 'growth-step', 0);
    // this thread's CPU from where cpuSeconds starts (the growth recorder), for the split by thread
    const mainStartMs = stageTimes.threadMs();
    // Growth points also go to stderr as they come, so a run stopped early still shows them.
    const growth = growthRecorder(growthStep, isPostgresUrl(dbPath) ? null : dbPath, (p) => console.error(`growth ${JSON.stringify(p)}`));
    const onDocument = (outcome: string) => {
      progress.tick();
      if (outcome === 'ingested' || outcome === 'duplicate') growth.count();
    };
    const options = { batchSize, until, threads, timeLimitMs, onDocument, stageTimes };
    // Two passes over one database: the original articles, then their copies, so the distinct
    // texts are counted apart from the replicated ones.
    const originals: Array<Extract<ReadResult, { ok: true }>> = [];
    const first = await ingest(corpusInputs(values.corpus), store, {
      ...options,
      read: (inputs, opts) => keepOriginals(readInputs(inputs, opts), limit, replicate > 1 ? originals : null),
    });
    const copies =
      replicate > 1 && originals.length < limit
        ? await ingest([], store, { ...options, read: () => replicas(originals, replicate, limit - originals.length) })
        : { ingested: 0, duplicates: 0, failed: [] };
    // closed inside the timing: closing checkpoints what the log still holds, part of the cost
    const storedDocuments = await store.countDocuments();
    await store.close();
    growth.finish();
    const mainSeconds = (stageTimes.threadMs() - mainStartMs) / 1000;
    const seconds = growth.elapsedSeconds();
    progress.done();
    const docs = first.ingested + first.duplicates + copies.ingested + copies.duplicates;
    const result = {
      docs,
      distinctTexts: first.ingested,
      replicatedCopies: copies.ingested + copies.duplicates,
      storedDocuments,
      seconds: round(seconds),
      docsPerSecond: round(docs / seconds),
      cpuSeconds: round(growth.cpuSeconds()),
      docsPerCpuSecond: round(docs / growth.cpuSeconds()),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024),
      dbMb: isPostgresUrl(dbPath) ? null : databaseMb(dbPath),
      engine: isPostgresUrl(dbPath) ? 'postgres' : 'sqlite',
      workers: threads,
      batch: batchSize,
      timeLimitSeconds: threads > 0 ? timeLimitMs / 1000 : null,
      until,
      failed: first.failed.length + copies.failed.length,
      timedOut: [...first.failed, ...copies.failed].filter((f) => f.reason === 'time-limit').length,
      stageClock: stageTimes.kind,
      stages: stageTimes.summary(),
      threads: stageTimes.kind === 'thread-cpu' ? threadSplit(growth.cpuSeconds(), mainSeconds, stageTimes.analysisThreadMs / 1000) : null,
      ...(growthStep > 0 ? { growth: growth.points } : {}),
    };
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (values.json) printJson(result);
    else {
      const corpus = result.replicatedCopies ? `${docs} articles (${result.distinctTexts} distinct texts, ${result.replicatedCopies} replicated copies)` : `${docs} articles (${result.distinctTexts} distinct texts)`;
      console.log(`${corpus} in ${result.seconds}s = ${result.docsPerSecond} docs/s, peak RSS ${result.peakRssMb} MB, database ${result.dbMb ?? '?'} MB (until ${until})`);
      const perSecond = stageTimes.kind === 'thread-cpu' ? 'articles per CPU second' : 'articles per second (wall clock)';
      for (const [stage, f] of Object.entries(result.stages)) console.log(`  ${stage.padEnd(18)} ${String(f.articlesPerSecond ?? '-').padStart(7)} ${perSecond} (${f.seconds} s over ${f.documents})`);
      if (result.failed) console.log(`  ${result.failed} failed${result.timedOut ? ` (${result.timedOut} stopped by the time limit of ${result.timeLimitSeconds} s)` : ''}`);
      if (result.threads) console.log(`  CPU by thread: main ${result.threads.mainSeconds} s, analysis ${result.threads.analysisSeconds} s, other (V8 compiler and GC helpers, libuv) ${result.threads.otherSeconds} s`);
      for (const g of growth.points) console.log(`  at ${g.docs} docs: ${g.docsPerSecond} docs/s (${g.docsPerCpuSecond} per CPU second), RSS ${g.rssMb} MB, database ${g.dbMb ?? '?'} MB`);
    }
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

/** Times the read stage alone over the first `limit` articles of `inputs`. */
async function timeReading(inputs: string[], limit: number, stageTimes: StageTimes): Promise<void> {
  const lap = stageTimes.laps();
  for await (const r of keepOriginals(readInputs(inputs, {}), limit, null)) if (r.ok) lap('read');
}

/** The articles read, up to `limit`; the readable ones are also kept in `keep` (to be copied later). */
async function* keepOriginals(source: AsyncIterable<ReadResult>, limit: number, keep: Array<Extract<ReadResult, { ok: true }>> | null): AsyncGenerator<ReadResult> {
  let emitted = 0;
  for await (const r of source) {
    if (emitted >= limit) return;
    yield r;
    if (r.ok) {
      emitted++;
      keep?.push(r);
    }
  }
}

/** Copies 1 … times-1 of every article, made distinct (their own location and a marker line), at most `limit`. */
async function* replicas(articles: Array<Extract<ReadResult, { ok: true }>>, times: number, limit: number): AsyncGenerator<ReadResult> {
  let emitted = 0;
  for (let copy = 1; copy < times; copy++) {
    for (const { raw } of articles) {
      if (emitted++ >= limit) return;
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

/**
 * Process CPU by thread: what neither this thread nor the analysis threads ran is V8's helper
 * threads' (optimizing compiler, garbage collector) and libuv's, outside every stage.
 */
function threadSplit(cpuSeconds: number, mainSeconds: number, analysisSeconds: number) {
  return { mainSeconds: round(mainSeconds), analysisSeconds: round(analysisSeconds), otherSeconds: round(Math.max(0, cpuSeconds - mainSeconds - analysisSeconds)) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

