// Ingest: read inputs, analyse each document, save in batched transactions.
// Resumable: an input already stored with the same content is skipped, and each batch commits
// atomically, so a crash loses at most the batch in flight, which the next run redoes.
// With threads, analysis runs in worker threads under a per-document time limit.
import type { Analysis, Mention, RawDoc, ReadFailure } from '../types.js';
import type { SaveOutcome, Store } from '../store/interface.js';
import { contentHash } from '../store/simhash.js';
import { readInputs, type ReadOptions, type ReadResult } from '../pipeline/read/index.js';
import { describeBinary } from '../pipeline/read/binary.js';
// Types only: with analysis threads this thread never runs the pipeline, so its modules (about
// 0.5 s of CPU to load) are imported where it does, below.
import type { PipelineContext } from '../pipeline/index.js';
import type { StageName } from '../pipeline/stages.js';
import { AnalysisPool, JOBS_PER_THREAD } from './pool.js';
import { InputOrder } from './input-order.js';
import { lapTimer, type StageTimes } from '../pipeline/stage-clock.js';

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  /** Of `duplicates`, those whose text differs from the stored article's only in Unicode form, case or
   *  spacing (the same article re-saved): recorded as another source of the stored one. Set when any. */
  resaved?: number;
  nearDuplicates: number;
  unchanged: number;
  failed: ReadFailure[];
  /** Stored but not analysed, their language not English: where each came from and its language. */
  notAnalysed?: Array<{ input: string; language: string }>;
  /** Stored, but the page looks cut off (meta.truncated): where each came from. */
  truncated?: Array<{ input: string }>;
  /** Set when `signal` stopped the run: what was analysed by then is saved, the rest is not read. */
  interrupted?: true;
}

export interface AnalyserOptions {
  /** Analysis threads; 0 analyses in this thread (no time limit). Default 0. */
  threads?: number;
  /** Per-document analysis limit with threads, in milliseconds (default 60 s). */
  timeLimitMs?: number;
  /** Stop the pipeline after this stage (benchmarks). */
  until?: StageName;
  /** In-thread pipeline context; by default the shipped model and aliases plus the store's user aliases. */
  context?: PipelineContext;
  /** Adds the CPU time of each stage here, analysis threads' and the store's (benchmarks). */
  stageTimes?: StageTimes;
}

/**
 * Documents per transaction, for `chronicle ingest` and `bench ingest` alike. The store's cost per
 * document falls as a batch shares more index pages (on Reuters-21578 with 2 threads the store
 * stage took about a tenth less CPU per document at 1,024), but peak memory rose with it (to
 * 1,130 MB on a quiet machine), and a crash loses the batch in flight.
 */
export const DEFAULT_BATCH = 256;

export interface IngestOptions extends ReadOptions, AnalyserOptions {
  /** Documents per transaction (default DEFAULT_BATCH). */
  batchSize?: number;
  /** Where raw documents come from; default readInputs(inputs). Benchmarks wrap it. */
  read?: (inputs: string[], opts: ReadOptions) => AsyncIterable<ReadResult>;
  onDocument?: (outcome: 'ingested' | 'duplicate' | 'unchanged' | 'failed') => void;
  /** Each new document's id once saved (the corpus passes after an ingest read only what these name). */
  onSaved?: (docId: string) => void;
  /** The stored document's id for each input whose clean text was already stored (its source is added to it). */
  onDuplicate?: (docId: string) => void;
  /** Each input as soon as its fate is known short of saving: already stored, unreadable, or analysed
   *  (a progress line moves with this; a batch is saved only every `batchSize` documents). */
  onProgress?: () => void;
  /** Stops reading inputs; the documents being analysed are analysed and saved, then ingest returns. */
  signal?: AbortSignal;
}

/** The default pipeline context with the user's own aliases from the store added. */
export async function contextForStore(store: Store, given?: PipelineContext): Promise<PipelineContext> {
  const base = given ?? (await import('../pipeline/index.js')).defaultContext();
  for (const a of await store.listUserAliases()) base.aliases.add(a.type as Mention['type'], a.alias, a.canonical);
  return base;
}

export type Analyser = (raw: RawDoc) => Promise<{ ok: true; analysis: Analysis } | { ok: false; error: string; reason?: ReadFailure['reason'] }>;

/** Analyses documents in this thread, or in a pool of threads with a per-document time limit. */
export async function createAnalyser(store: Store, opts: AnalyserOptions): Promise<{ run: Analyser; parallel: number; close: () => Promise<void> }> {
  const threads = opts.threads ?? 0;
  if (threads > 0) {
    const pool = new AnalysisPool({
      threads,
      timeLimitMs: opts.timeLimitMs ?? 60_000,
      until: opts.until,
      userAliases: await store.listUserAliases(),
      stageTimes: opts.stageTimes,
    });
    // enough in flight that every thread holds its share of documents ahead, and a few more wait
    return { run: (raw) => pool.analyse(raw).then(withText), parallel: threads * (JOBS_PER_THREAD + 2), close: () => pool.close() };
  }
  const { analyse, defaultContext } = await import('../pipeline/index.js');
  const ctx = await contextForStore(store, opts.context ?? defaultContext(opts.until));
  if (opts.stageTimes) ctx.clock = opts.stageTimes;
  const run: Analyser = async (raw) => {
    try {
      return withText({ ok: true, analysis: analyse(raw, ctx) });
    } catch (err) {
      return { ok: false, error: `could not analyse: ${err instanceof Error ? err.message : String(err)}` };
    }
  };
  return { run, parallel: 1, close: async () => {} };
}

type AnalyserResult = Awaited<ReturnType<Analyser>>;

/** A page with no article text (a login wall, an empty template) is a failure, not an empty document. */
function withText(result: AnalyserResult): AnalyserResult {
  if (result.ok && !/[\p{L}\p{N}]/u.test(result.analysis.doc.text)) return { ok: false, error: 'no article text found' };
  return result;
}

export async function ingest(inputs: string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [] };
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const analyser = await createAnalyser(store, opts);
  let batch: Array<{ analysis: Analysis; contentHash: string }> = [];

  // One save at a time: analysis runs in parallel, transactions from one ingest need not.
  let saving: Promise<unknown> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const toSave = batch;
    batch = [];
    const saved = saving.then(() => saveEach(store, toSave, fail, opts.stageTimes));
    saving = saved.catch(() => undefined);
    const foreign = new Map(toSave.filter((b) => b.analysis.doc.meta.notAnalysed).map((b) => [b.analysis.doc.id, b.analysis.doc]));
    const cutOff = new Map(toSave.filter((b) => b.analysis.doc.meta.truncated).map((b) => [b.analysis.doc.id, b.analysis.doc]));
    for (const o of await saved) {
      if (o.status === 'new') {
        summary.ingested++;
        const doc = foreign.get(o.docId);
        if (doc) (summary.notAnalysed ??= []).push({ input: doc.sources[0]?.location ?? doc.id, language: doc.meta.language ?? 'und' });
        const cut = cutOff.get(o.docId);
        if (cut) (summary.truncated ??= []).push({ input: cut.sources[0]?.location ?? cut.id });
        if (o.nearDuplicateOf) summary.nearDuplicates++;
        opts.onSaved?.(o.docId);
        opts.onDocument?.('ingested');
      } else {
        summary.duplicates++;
        opts.onDuplicate?.(o.docId);
        if (o.otherForm) summary.resaved = (summary.resaved ?? 0) + 1;
        opts.onDocument?.('duplicate');
      }
    }
  };
  const fail = (input: string, error: string, reason?: ReadFailure['reason']) => {
    summary.failed.push(reason ? { input, error, reason } : { input, error });
    opts.onDocument?.('failed');
  };

  const inOrder = new InputOrder<{ raw: RawDoc; hash: string; result: AnalyserResult }>(async ({ raw, hash, result }) => {
    if (!result.ok) return fail(raw.source.location, result.error, result.reason);
    batch.push({ analysis: result.analysis, contentHash: hash });
    if (batch.length >= batchSize) await flush();
  });
  let analysed = 0;
  const inFlight = new Set<Promise<void>>();
  const reader = (opts.read ?? readInputs)(inputs, opts)[Symbol.asyncIterator]();
  const { signal } = opts;
  // a read waiting on a slow input (stdin, a URL) is not waited for once stopped
  const stopped = new Promise<'stop'>((resolve) => signal?.addEventListener('abort', () => resolve('stop'), { once: true }));
  let readAll = false;
  try {
    for (;;) {
      if (signal?.aborted) break;
      const next = await Promise.race([reader.next(), stopped]);
      if (next === 'stop') break;
      if (next.done) {
        readAll = true;
        break;
      }
      const result = next.value;
      if (!result.ok) {
        fail(result.failure.input, result.failure.error, result.failure.reason);
        opts.onProgress?.();
        continue;
      }
      const { raw } = result;
      const hash = contentHash(raw.content);
      if (await store.hasSource(raw.source.location, hash)) {
        summary.unchanged++;
        opts.onDocument?.('unchanged');
        opts.onProgress?.();
        continue;
      }
      const seq = analysed++;
      const job = analyser.run(raw).then((result) => {
        opts.onProgress?.();
        const taken = inOrder.put(seq, { raw, hash, result });
        // a slow input holds back the results after it: past a batch of them, read on only once it is done
        if (inOrder.ahead >= batchSize) return taken;
        taken.catch(() => undefined); // a failed save rejects settled() below too
      });
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      if (inFlight.size >= analyser.parallel) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await inOrder.settled();
    await flush();
  } finally {
    // as for-await does when a loop ends early: let the reader close its files
    if (!readAll) void reader.return?.(undefined)?.catch(() => undefined);
    await analyser.close();
  }
  if (signal?.aborted) summary.interrupted = true;
  return summary;
}

/**
 * Saves a batch in one transaction; when that fails, saves each half the same way, down to single
 * documents, so that only the document at fault is lost, reported under its input location. (One
 * bad document in a batch of 256 then costs about 16 transactions, not 256.)
 */
async function saveEach(
  store: Store,
  batch: Array<{ analysis: Analysis; contentHash: string }>,
  fail: (input: string, error: string) => void,
  stageTimes?: StageTimes,
): Promise<SaveOutcome[]> {
  try {
    // SQLite writes before saveBatch returns its promise: time that, not the wait (other work runs then)
    const lap = lapTimer(stageTimes);
    const saving = store.saveBatch(batch);
    lap('store', 0);
    const outcomes = await saving;
    stageTimes?.add('store', 0, outcomes.length);
    return outcomes;
  } catch (batchError) {
    if (batch.length === 1) {
      fail(batch[0].analysis.doc.sources[0]?.location ?? batch[0].analysis.doc.id, `could not save: ${errorText(batchError)}`);
      return [];
    }
    const half = Math.ceil(batch.length / 2);
    const first = await saveEach(store, batch.slice(0, half), fail, stageTimes);
    return first.concat(await saveEach(store, batch.slice(half), fail, stageTimes));
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** How much of an upload's text the binary check reads (a file's first 8 KiB are what its bytes' check reads). */
const BINARY_SAMPLE_CHARS = 8192;

/** One article sent over the API (POST /api/documents): analysed and saved like any input. */
export async function ingestRaw(
  article: { content: string; format: 'html' | 'text'; name?: string; url?: string },
  store: Store,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const name = article.name ?? article.url?.split('/').filter(Boolean).pop() ?? `upload-${contentHash(article.content).slice(0, 12)}`;
  const raw: RawDoc = {
    // Always an upload: location, never the URL itself, so an upload cannot take over the source of
    // a document ingested from that URL (or from a file).
    source: { kind: 'upload', location: `upload:${article.url ?? name}`, name, ...(article.url ? { url: article.url } : {}) },
    format: article.format,
    content: article.content,
    encoding: 'utf-8',
    hints: article.url ? { url: article.url } : {},
  };
  // A file's bytes are checked as they are read; an upload arrives as a string, so the same check
  // runs on its text (a binary file pasted or posted as text was stored as an article of noise).
  const binary = describeBinary(Buffer.from(article.content.slice(0, BINARY_SAMPLE_CHARS), 'utf8'));
  const read: ReadResult = binary ? { ok: false, failure: { input: raw.source.location, error: `binary content (${binary}), not a text article` } } : { ok: true, raw };
  return ingest([], store, { ...opts, read: async function* () { yield read; } });
}
