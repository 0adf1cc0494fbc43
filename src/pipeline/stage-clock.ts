// Per-stage cost of the pipeline, for benchmarks: CPU time of the calling thread spent in each
// stage. With worker threads, process.cpuUsage() counts every thread at once, so on Linux the
// thread's own run time is read from /proc/thread-self/schedstat; elsewhere wall time stands in.
import { closeSync, openSync, readSync } from 'node:fs';

/** Stages as bench ingest reports them, in pipeline order. */
export const TIMED_STAGES = [
  'read',
  'extract',
  'segment',
  'syntax',
  'entities',
  'resolve',
  'places',
  'time',
  'facts/context',
  'facts/attribution',
  'facts/figures',
  'facts/events',
  'store',
] as const;
export type TimedStage = (typeof TIMED_STAGES)[number];

export type LapTimer = (stage: TimedStage, documents?: number) => void;

export type ClockKind = 'thread-cpu' | 'wall';

/** Milliseconds per stage; a stage absent was not run. */
export type StageMs = Partial<Record<TimedStage, number>>;

/** Adds each stage's time to a running total. */
export interface StageClock {
  /** Starts a lap timer: each call charges the time since the previous one (or since the start) to `stage`, over `documents` (default 1). */
  laps(): LapTimer;
}

/** A stage clock for this thread, with the totals it has recorded. */
export class StageTimes implements StageClock {
  readonly ms: StageMs = {};
  /** Documents timed per stage. */
  readonly documents: Partial<Record<TimedStage, number>> = {};
  readonly kind: ClockKind;
  /** CPU of analysis threads that have ended, start-up included, in ms (see addThreadMs). */
  analysisThreadMs = 0;
  private readonly now: () => number;

  constructor() {
    const cpu = threadCpuClock();
    this.kind = cpu ? 'thread-cpu' : 'wall';
    this.now = cpu ?? (() => performance.now());
  }

  laps(): LapTimer {
    let last = this.now();
    return (stage, documents = 1) => {
      const now = this.now();
      this.add(stage, now - last, documents);
      last = now;
    };
  }

  /**
   * Milliseconds this thread has run since it started, by this clock (wall time where the system
   * does not tell a thread's CPU). Outside every stage too: start-up, hand-over, collections.
   */
  threadMs(): number {
    return this.now();
  }

  /** Adds the whole CPU of an analysis thread that ended (its last threadMs()). */
  addThreadMs(ms: number): void {
    this.analysisThreadMs += ms;
  }

  /** Adds time measured elsewhere: `ms` over `documents`. */
  add(stage: TimedStage, ms: number, documents = 1): void {
    this.ms[stage] = (this.ms[stage] ?? 0) + ms;
    this.documents[stage] = (this.documents[stage] ?? 0) + documents;
  }

  /** Adds one document's times from another thread. */
  addDocument(ms: StageMs): void {
    for (const stage of TIMED_STAGES) {
      const t = ms[stage];
      if (t !== undefined) this.add(stage, t);
    }
  }

  /** The times recorded since the last take (one document's, in a worker thread), and starts again. */
  take(): StageMs {
    const taken = { ...this.ms };
    for (const stage of TIMED_STAGES) {
      delete this.ms[stage];
      delete this.documents[stage];
    }
    return taken;
  }

  /** Per stage timed: seconds and articles per second (of thread CPU, or of wall time where that is the clock). */
  summary(): Record<string, StageFigure> {
    const out: Record<string, StageFigure> = {};
    const figure = (ms: number, documents: number): StageFigure => ({
      documents,
      seconds: round(ms / 1000, 2),
      articlesPerSecond: ms > 0 ? Math.round(documents / (ms / 1000)) : null,
    });
    let factsMs = 0;
    for (const stage of TIMED_STAGES) {
      const ms = this.ms[stage];
      if (ms === undefined) continue;
      out[stage] = figure(ms, this.documents[stage] ?? 0);
      if (stage.startsWith('facts/')) factsMs += ms;
    }
    // the whole facts stage, its parts together
    if (out['facts/context']) out.facts = figure(factsMs, out['facts/context'].documents);
    return out;
  }
}

export interface StageFigure {
  documents: number;
  seconds: number;
  /** null when no time was recorded (a stage too quick for the clock). */
  articlesPerSecond: number | null;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const noLaps = (): void => {};

/** Lap timer of `clock`, or one that does nothing when there is no clock. */
export function lapTimer(clock: StageClock | undefined): LapTimer {
  return clock ? clock.laps() : noLaps;
}

/**
 * Milliseconds of CPU this thread has run, or null where the system does not say. The kernel
 * brings the figure up to date only at a scheduler tick (4 ms here) or a context switch, so one
 * reading can lag by a tick, and the lag is not spread evenly: it lands in whichever interval holds
 * the next switch. An analysis thread posting its document wakes the main thread, so the hand-over
 * between documents collects stage time: measured over 2,000 Reuters records, the posting read
 * 0.80-0.95 ms of thread CPU per document where posting costs about 0.1 ms (perf, and the same
 * postMessage within one thread). Totals per thread are exact; the split between stages and the
 * time "outside every stage" is not (docs/measurements.md, whole pipeline, twenty-ninth session).
 */
function threadCpuClock(): (() => number) | null {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return null;
  }
  const buf = Buffer.alloc(64);
  const read = (): number => {
    const n = readSync(fd, buf, 0, buf.length, 0);
    const space = buf.indexOf(32);
    return Number(buf.toString('latin1', 0, space > 0 && space < n ? space : n)) / 1e6;
  };
  try {
    if (!Number.isFinite(read())) throw new Error('unreadable');
  } catch {
    closeSync(fd);
    return null;
  }
  return read;
}
