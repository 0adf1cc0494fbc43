// A pool of analysis threads with a per-document time limit: a document that takes too long
// (hostile input, pathological text) is abandoned with a clear error, its thread replaced, and
// the rest of the corpus goes on.
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import type { Analysis, RawDoc } from '../types.js';
import type { StageName } from '../pipeline/stages.js';
import { shareBytes, type ByteSource, type SharedBytes } from '../pipeline/shared-bytes.js';
import { gazetteerSource } from '../pipeline/gazetteer/gazetteer.js';
import { installedWordNetDir, wordNetSources } from '../pipeline/lexicons/wordnet.js';
import type { UserAlias } from '../store/interface.js';
import type { StageMs, StageTimes } from '../pipeline/stage-clock.js';

export type PoolResult = { ok: true; analysis: Analysis } | { ok: false; error: string; reason?: 'time-limit' };

interface Job {
  id: number;
  raw: RawDoc;
  resolve: (r: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the thread, in the order it analyses them; the first is running. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /** Whether the thread has loaded its models and said so: its documents' clocks run only from then, and its crashes are theirs. */
  ready: boolean;
  /** The thread's own CPU in ms at its last answer (timing only): added to stageTimes when it ends. */
  threadMs: number;
}

/** What an analysis thread posts: once that it is ready, then each document's analysis or error. */
type ThreadMessage = { ready: true; threadMs?: number } | { id: number; analysis?: Analysis; error?: string; stageMs?: StageMs; threadMs?: number };

export interface PoolOptions {
  threads: number;
  /** Per-document limit in milliseconds. */
  timeLimitMs: number;
  until?: StageName;
  userAliases: UserAlias[];
  /** Where the threads' per-stage times add up (benchmarks); absent, threads time nothing. */
  stageTimes?: StageTimes;
  /** The threads' module, speaking analyse-thread's messages (tests give a stand-in); the analysis thread by default. */
  threadModule?: URL;
}

/**
 * Jobs posted ahead to each thread: while this thread is busy (saving a batch to the store) the
 * analysis threads go on with documents they already hold instead of waiting to be given one.
 * Saving a batch of 256 keeps this thread busy for about half a second, in which the analysis
 * threads, sharing the other core of two, get through some 40 Reuters articles. Measured as the
 * share of their life the analysis threads slept (2 threads, Reuters-21578): 8 held, 14% over
 * 3,000 articles and 26% over the whole corpus; 64 held, 3% and 13%. A held job is only its raw
 * document, but threads that never wait hand back analyses faster than a batch is saved: with 64
 * held, one whole-corpus run of three peaked at 1,041 MB; with 32, 974 and 994 MB at about the
 * same speed (159–166 docs/s against 166–183 with 64 and 151–166 with 8, load about 2).
 */
export const JOBS_PER_THREAD = 32;

/**
 * V8's tier-up budget (bytecode executed before a function is queued for the optimizing compiler),
 * 16 times its default of 67,584. Every analysis thread compiles the whole pipeline on its own, and
 * with the default a long tail of lukewarm functions keeps the compiler threads busy for the whole
 * run (a fifth of all CPU over 3,000 Reuters articles); hot loops still tier up within a document.
 * 4 times → 16 times, 2,000 Reuters records in one thread, three alternating runs each at load
 * 8–12: CPU outside the analysing thread (compiler and GC helpers) 1.47–1.51 → 0.80 ms per
 * document, the thread's own 6.7–7.0 → 6.6–7.6, process 8.2–8.5 → 7.4–8.4 ms. bench ingest
 * --workers 2 --limit 2000, alternating at load 2–3: 12.0–12.6 → 11.5–13.1 ms CPU per document
 * (medians 12.07 → 11.66), V8 helpers 4.3–4.6 → 2.8–3.0 s, peak RSS 602–616 → 589–594 MB; 64
 * times was slower (12.3–12.4 ms: the analysis threads ran unoptimised code too long). Whole
 * Reuters-21578 (17,339 articles), two alternating pairs at load 1.3–3.7: 10.40–10.92 → 8.86–9.65
 * ms CPU per document, helpers 27.5 → 15.7–16.3 s, 109–158 → 168–180 docs/s, peak RSS 830–833 →
 * 791–796 MB: most of what the compiler threads did over a long run was this tail.
 */
const ANALYSIS_INTERRUPT_BUDGET = 16 * 67_584;

/**
 * How far V8 lets a heap grow past what survived its last full collection: 50%, where V8 picks a
 * factor of up to 4 on its own. Most of each analysis thread's heap is garbage from documents
 * already analysed (about 90 MB of it lives, models included; V8 let it reach 220 MB), and two
 * threads' slack is what pushes the process towards 1 GiB. Process-wide, read at every full
 * collection. Measured over 3,000 Reuters records (2 threads, loaded machine): peak RSS 728–768 →
 * 671–672 MB, CPU per document within noise. With the semi-space below, whole Reuters-21578 (2
 * threads, alternating, load 2.5–7.6): peak RSS 1,181–1,188 → 772–786 MB, 81.5–98.4 docs per CPU
 * second against 82.2–86.8; without them, sampled at the peak, a thread's old space had reached
 * 290–370 MB around 130–150 MB live.
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * Semi-space of the analysis threads' young generation, in MB (V8's default here is 16): a
 * document's garbage dies young either way, so half the nursery costs no measurable CPU. Read
 * when an isolate starts, so it is set before the threads are. Over 3,000 Reuters records: peak
 * RSS 728–768 → 693–707 MB alone, 626 MB with HEAP_GROWING_PERCENT.
 */
export const ANALYSIS_SEMI_SPACE_MB = 8;

/** Threads in a row that crash before answering once: then they cannot start, and none is spawned again. */
const STARTUP_FAILURES_TO_GIVE_UP = 2;

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private startupFailures = 0;
  /** Why no thread can start (a missing data file, say): every job gets this error at once. */
  private broken: string | null = null;
  /** The data files every thread would read whole, read once here and shared (threads that replace others too); none for one thread. */
  private readonly sharedBytes: SharedBytes;

  constructor(private readonly opts: PoolOptions) {
    // a process-wide V8 flag, read when a function's budget is next set: the threads start after it
    setFlagsFromString(`--interrupt-budget=${ANALYSIS_INTERRUPT_BUDGET}`);
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    setFlagsFromString(`--max-semi-space-size=${ANALYSIS_SEMI_SPACE_MB}`);
    // one thread has no one to share with, and would wait here for what it reads on its own
    this.sharedBytes = opts.threads > 1 ? shareBytes(sharedDataSources()) : {};
    for (let i = 0; i < opts.threads; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.threadModule ?? new URL('./analyse-thread.js', import.meta.url), {
      workerData: { until: this.opts.until, userAliases: this.opts.userAliases, timeStages: this.opts.stageTimes !== undefined, sharedBytes: this.sharedBytes },
    });
    const slot: Slot = { worker, jobs: [], timer: null, ready: false, threadMs: 0 };
    worker.on('message', (msg: ThreadMessage) => {
      if (msg.threadMs !== undefined) slot.threadMs = msg.threadMs;
      if ('ready' in msg) {
        slot.ready = true;
        this.startupFailures = 0;
        this.startTimer(slot);
        return;
      }
      if (msg.stageMs) this.opts.stageTimes?.addDocument(msg.stageMs);
      if (slot.jobs[0]?.id !== msg.id) return;
      this.finish(slot, msg.analysis ? { ok: true, analysis: msg.analysis } : { ok: false, error: `could not analyse: ${msg.error}` });
    });
    worker.on('error', (err) => {
      if (!slot.ready && ++this.startupFailures >= STARTUP_FAILURES_TO_GIVE_UP) this.giveUp(`analysis threads cannot start: ${err.message}`);
      else this.replace(slot, `analysis crashed: ${err.message}`);
    });
    worker.on('exit', (code) => {
      if (!this.closed && slot.jobs.length) this.replace(slot, `analysis thread exited (code ${code})`);
    });
    return slot;
  }

  /** Fails the slot's running job, replaces its thread, and gives the jobs it held to others. */
  private replace(slot: Slot, error: string, reason?: 'time-limit'): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed || this.broken) return;
    const [job, ...waiting] = slot.jobs;
    if (slot.timer) clearTimeout(slot.timer);
    slot.jobs = [];
    void this.retire(slot);
    const fresh = this.spawn();
    this.slots[index] = fresh;
    this.queue.unshift(...waiting);
    job?.resolve(reason ? { ok: false, error, reason } : { ok: false, error });
    this.dispatch();
  }

  /** No thread can start: answer every job with the reason instead of respawning threads forever. */
  private giveUp(reason: string): void {
    this.broken = reason;
    const jobs = [...this.slots.flatMap((s) => s.jobs), ...this.queue.splice(0)];
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.jobs = [];
      void this.retire(slot);
    }
    for (const job of jobs) job.resolve({ ok: false, error: reason });
  }

  private finish(slot: Slot, result: PoolResult): void {
    const job = slot.jobs.shift()!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    job.resolve(result);
    this.startTimer(slot);
    this.dispatch();
  }

  /**
   * Times the slot's running job, once its thread is ready. The thread starts a held job as soon
   * as the one before ends; the clock starts when this thread hears of that end (or of the thread
   * being ready), so it can only run a little long.
   */
  private startTimer(slot: Slot): void {
    if (!slot.ready || slot.timer || slot.jobs.length === 0) return;
    slot.timer = setTimeout(
      () => this.replace(slot, `analysis took longer than ${limitText(this.opts.timeLimitMs)} and was stopped`, 'time-limit'),
      this.opts.timeLimitMs,
    );
  }

  private dispatch(): void {
    // one job each first, so that a short queue spreads over all threads
    for (let depth = 1; depth <= JOBS_PER_THREAD && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (slot.jobs.length >= depth || this.queue.length === 0) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ id: job.id, raw: job.raw });
        this.startTimer(slot);
      }
    }
  }

  analyse(raw: RawDoc): Promise<PoolResult> {
    if (this.broken) return Promise.resolve({ ok: false, error: this.broken });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, raw, resolve });
      this.dispatch();
    });
  }

  /** Jobs queued or running. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.length, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => this.retire(s)));
  }

  /**
   * Stops a slot's thread and adds its CPU to stageTimes: its start-up and everything between
   * stages, which the stage figures leave out (what runs after its last answer is not counted).
   */
  private retire(slot: Slot): Promise<number> {
    this.opts.stageTimes?.addThreadMs(slot.threadMs);
    slot.threadMs = 0;
    return slot.worker.terminate();
  }
}

/**
 * The files each analysis thread reads whole, about 40 MB together (WordNet's dictionary 27 MB, the
 * gazetteer's text 12 MB): shared, two threads hold one copy instead of two.
 */
function sharedDataSources(): ByteSource[] {
  const wordNet = installedWordNetDir();
  return [gazetteerSource(), ...(wordNet ? wordNetSources(wordNet) : [])];
}

/**
 * A time limit as the failure names it: "60 s", "2.5 s", and milliseconds below a second (the
 * ingest API takes any number of them), where whole seconds would read "0 s".
 */
export function limitText(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s} s` : `${Number(s.toFixed(1))} s`;
}
