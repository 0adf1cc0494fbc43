// A pool of analysis threads with a per-document time limit: a document that takes too long
// (hostile input, pathological text) is abandoned with a clear error, its thread replaced, and
// the rest of the corpus goes on.
import { Worker } from 'node:worker_threads';
import type { Analysis, RawDoc } from '../types.js';
import type { StageName } from '../pipeline/index.js';
import type { UserAlias } from '../store/interface.js';

export type PoolResult = { ok: true; analysis: Analysis } | { ok: false; error: string };

interface Job {
  id: number;
  raw: RawDoc;
  resolve: (r: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export interface PoolOptions {
  threads: number;
  /** Per-document limit in milliseconds. */
  timeLimitMs: number;
  until?: StageName;
  userAliases: UserAlias[];
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < opts.threads; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./analyse-thread.js', import.meta.url), {
      workerData: { until: this.opts.until, userAliases: this.opts.userAliases },
    });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (msg: { id: number; analysis?: Analysis; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.finish(slot, msg.analysis ? { ok: true, analysis: msg.analysis } : { ok: false, error: `could not analyse: ${msg.error}` });
    });
    worker.on('error', (err) => this.replace(slot, `analysis crashed: ${err.message}`));
    worker.on('exit', (code) => {
      if (!this.closed && slot.job) this.replace(slot, `analysis thread exited (code ${code})`);
    });
    return slot;
  }

  /** Fails the slot's job, replaces its thread, and goes on with the queue. */
  private replace(slot: Slot, error: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    void slot.worker.terminate();
    const fresh = this.spawn();
    this.slots[index] = fresh;
    job?.resolve({ ok: false, error });
    this.dispatch();
  }

  private finish(slot: Slot, result: PoolResult): void {
    const job = slot.job!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job.resolve(result);
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(
        () => this.replace(slot, `analysis took longer than ${Math.round(this.opts.timeLimitMs / 1000)} s and was stopped`),
        this.opts.timeLimitMs,
      );
      slot.worker.postMessage({ id: job.id, raw: job.raw });
    }
  }

  analyse(raw: RawDoc): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, raw, resolve });
      this.dispatch();
    });
  }

  /** Jobs queued or running. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
