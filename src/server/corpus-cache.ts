// The corpus groupings (merged events, claim groups), computed in the background and served from
// memory. A computation starts at startup and again once the store has stopped changing for a
// moment; until it finishes the last result is served and `computing` says it is being updated.
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/interface.js';
import type { EventItem } from './api-types.js';
import { computeCorpus, type ClaimRecord, type CorpusData } from './corpus-view.js';

/** One computed result with its lookups. */
export class CorpusSnapshot {
  readonly events: EventItem[];
  readonly eventByReport = new Map<string, EventItem>();
  readonly eventByKey = new Map<string, EventItem>();
  readonly eventsByEntity = new Map<string, Array<{ event: EventItem; role: string }>>();
  readonly eventsByPlace = new Map<string, EventItem[]>();
  /** By date, an event without its own at its first article's date; undated last. */
  readonly eventsByArticleDate: EventItem[];
  /** Most reporting articles first; ties by article date. */
  readonly eventsByReports: EventItem[];
  /**
   * Per event of eventsByArticleDate, in columns (the timeline reads every event per request, and
   * flat arrays are read several times faster than the events' objects): type, and the start and
   * end of its date range, its article's when it has none ('' when neither); and whether it is a
   * timeline fact (some report asserts or alleges it), the test `events --merged` uses.
   */
  readonly timeline: { types: string[]; starts: string[]; ends: string[]; facts: boolean[]; byReports: number[] };
  /** Actor → target → merged events joining them and their types. */
  readonly roleLinks = new Map<string, Map<string, { weight: number; types: string[] }>>();
  readonly reportCount: number;
  readonly claims: ClaimRecord[];
  readonly claimByKey = new Map<string, ClaimRecord>();
  /** "docId:start" of a figure → its claim key. */
  readonly claimOfFigure = new Map<string, string>();
  readonly multiClaims: number;
  /** Events more than one article reports (those whose reports can disagree). */
  readonly multiSourceEvents: number;
  readonly disputedClaims: number;
  /** Claim groups that compare one merged event's counts where that event is counted already (among
   *  multiSourceEvents; the disputed ones: among events whose reports disagree), so a page adding
   *  events and claims can count such a disagreement once. */
  readonly eventClaims: number;
  readonly disputedEventClaims: number;

  constructor(readonly data: CorpusData | null) {
    this.events = [];
    let reports = 0;
    for (const { event, entities, places } of data?.events ?? []) {
      this.events.push(event);
      this.eventByKey.set(event.key, event);
      for (const r of event.reports) this.eventByReport.set(r.key, event);
      reports += event.reports.length;
      for (const [key, role] of entities) {
        let list = this.eventsByEntity.get(key);
        if (!list) this.eventsByEntity.set(key, (list = []));
        list.push({ event, role });
      }
      for (const key of places) {
        let list = this.eventsByPlace.get(key);
        if (!list) this.eventsByPlace.set(key, (list = []));
        list.push(event);
      }
    }
    this.reportCount = reports;
    this.eventsByArticleDate = (data?.orders.byArticleDate ?? []).map((i) => this.events[i]);
    this.eventsByReports = (data?.orders.byReports ?? []).map((i) => this.events[i]);
    const when = this.eventsByArticleDate.map((e) => e.interval ?? e.articleInterval);
    const position = new Map((data?.orders.byArticleDate ?? []).map((i, p) => [i, p]));
    this.timeline = {
      types: this.eventsByArticleDate.map((e) => e.type),
      starts: when.map((w) => w?.start ?? ''),
      ends: when.map((w) => w?.end ?? ''),
      facts: this.eventsByArticleDate.map((e) => e.timelineFact),
      byReports: (data?.orders.byReports ?? []).map((i) => position.get(i)!),
    };
    for (const [actor, target, weight, types] of data?.roleLinks ?? []) {
      let from = this.roleLinks.get(actor);
      if (!from) this.roleLinks.set(actor, (from = new Map()));
      from.set(target, { weight, types });
    }
    this.claims = data?.claims ?? [];
    for (const c of this.claims) {
      this.claimByKey.set(c.key, c);
      for (const [docId, start] of c.figures) this.claimOfFigure.set(`${docId}:${start}`, c.key);
    }
    this.multiClaims = this.claims.filter((c) => c.figures.length > 1).length;
    this.multiSourceEvents = this.events.filter((e) => e.documentCount > 1 || e.conflicts.length > 0).length;
    this.disputedClaims = this.claims.filter((c) => c.disputed).length;
    const eventOf = (c: ClaimRecord) => (c.event ? this.eventByKey.get(c.event) : undefined);
    this.eventClaims = this.claims.filter((c) => {
      const e = eventOf(c);
      return c.figures.length > 1 && e && (e.documentCount > 1 || e.conflicts.length > 0);
    }).length;
    this.disputedEventClaims = this.claims.filter((c) => c.disputed && (eventOf(c)?.conflicts.length ?? 0) > 0).length;
  }
}

const EMPTY = new CorpusSnapshot(null);

export interface CorpusCacheOptions {
  /** How long the store must stay unchanged before a recomputation starts. */
  quietMs?: number;
  /** false: compute on the main thread (stores another connection cannot open). */
  worker?: boolean;
}

export class CorpusCache {
  private snapshot: CorpusSnapshot | null = null;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private worker: Worker | null = null;
  private wanted = -1;
  private failedAt = -2;
  private lastSeconds = 0;
  private disposed = false;
  private readonly quietMs: number;
  /** Bumped with every new snapshot (derived caches key on it). */
  version = 0;
  error: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly opts: CorpusCacheOptions = {},
  ) {
    this.quietMs = opts.quietMs ?? 1000;
  }

  /** Tells the cache the store's current generation; a change schedules a recomputation. */
  notice(generation: number): void {
    if (generation === this.wanted || this.disposed) return;
    const first = this.wanted < 0;
    this.wanted = generation;
    this.schedule(first ? 0 : Math.max(this.quietMs, this.lastSeconds * 1000));
  }

  /** True while the served result is missing or older than the store. */
  get computing(): boolean {
    return this.failedAt !== this.wanted && (!this.snapshot || this.snapshot.data?.generation !== this.wanted);
  }

  /** The last result (empty before the first); waits up to waitMs for a first result. */
  async current(waitMs = 0): Promise<CorpusSnapshot> {
    if (!this.snapshot && waitMs > 0) {
      const deadline = Date.now() + waitMs;
      while (!this.snapshot && this.computing && Date.now() < deadline) await sleep(Math.min(25, deadline - Date.now()));
    }
    return this.snapshot ?? EMPTY;
  }

  /** Resolves once the result matches the store as last noticed. */
  async ready(): Promise<void> {
    while (this.computing && !this.disposed) await sleep(25);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.worker?.terminate();
    this.snapshot = null;
  }

  private schedule(delayMs: number): void {
    if (this.running || this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delayMs);
    this.timer.unref();
  }

  private run(): void {
    this.timer = null;
    const target = this.wanted;
    this.running = this.compute()
      .then((data) => {
        if (this.disposed) return;
        this.snapshot = new CorpusSnapshot(data);
        this.version++;
        this.error = null;
        this.lastSeconds = data.seconds;
      })
      .catch((err: unknown) => {
        if (this.disposed) return;
        this.error = err instanceof Error ? err.message : String(err);
        this.failedAt = target;
        console.error(`chronicle serve: computing merged events and claims failed: ${this.error}`);
      })
      .finally(() => {
        this.running = null;
        const done = this.snapshot?.data?.generation ?? this.failedAt;
        if (!this.disposed && this.wanted !== done && this.wanted !== this.failedAt) this.schedule(Math.max(this.quietMs, this.lastSeconds * 1000));
      });
  }

  private compute(): Promise<CorpusData> {
    if (this.opts.worker === false || !this.store.location) return computeCorpus(this.store);
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./corpus-worker.js', import.meta.url), { workerData: { location: this.store.location } });
      this.worker = worker;
      let settled = false;
      worker.once('message', (m: { ok: true; data: CorpusData } | { ok: false; error: string }) => {
        settled = true;
        if (m.ok) resolve(m.data);
        else reject(new Error(m.error));
      });
      worker.once('error', (err) => {
        settled = true;
        reject(err);
      });
      worker.once('exit', (code) => {
        this.worker = null;
        if (!settled) reject(new Error(`the worker stopped (exit code ${code})`));
      });
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, Math.max(0, ms)));
}
