// Uploads are analysed a few at a time: each analysis is a worker thread with its own model, so
// without a cap six large uploads took the server from 0.5 to 2.2 GB. Extra uploads wait in a short
// queue; past it the server answers 503 with Retry-After at once, before reading more.
import { HttpError } from './http.js';

export interface UploadTicket<T> {
  result: Promise<T>;
  /** Stops an upload still waiting for its turn; false once its analysis has started (it then goes on). */
  cancel(): boolean;
}

export class UploadGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly maxRunning = 2,
    readonly maxWaiting = 4,
  ) {}

  get busy(): boolean {
    return this.running >= this.maxRunning && this.waiting.length >= this.maxWaiting;
  }

  /** Fails with 503 (Retry-After) when the queue is full; otherwise runs work when a slot frees. */
  admit(): void {
    if (this.busy)
      throw new HttpError(503, `the server is already analysing ${this.running} uploads with ${this.waiting.length} waiting; nothing was stored, try again shortly`, {
        'Retry-After': '10',
      });
  }

  enqueue<T>(work: () => Promise<T>): UploadTicket<T> {
    this.admit();
    let started = false;
    let cancelled = false;
    let turn!: () => void;
    const ready = new Promise<void>((ok) => (turn = ok));
    const start = () => {
      if (cancelled) return this.next();
      started = true;
      this.running++;
      turn();
    };
    if (this.running < this.maxRunning) start();
    else this.waiting.push(start);
    const result = ready.then(work).finally(() => {
      this.running--;
      this.next();
    });
    return {
      result,
      cancel: () => {
        if (started) return false;
        cancelled = true;
        const i = this.waiting.indexOf(start);
        if (i >= 0) this.waiting.splice(i, 1);
        return true;
      },
    };
  }

  private next(): void {
    if (this.running < this.maxRunning) this.waiting.shift()?.();
  }
}
