// `chronicle bench api`: serves a database on loopback and measures the read API on distinct URLs
// drawn from that database (documents, entities, events, claims, figures, quotes, search terms at
// offsets across the whole corpus), first with a cold response cache, then the same URLs again warm.
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt, resolveDbPath } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { withStore } from '../cli/store.js';
import { isPostgresUrl } from '../store/open.js';
import { startServer } from '../server/app.js';
import { EVENT_TYPES } from '../types.js';
import { latencySummary, type LatencySummary } from './lib/latency.js';
import { databaseMb } from './lib/growth.js';
import { seededRandom, shuffled } from '../seeded-random.js';

type Store = Parameters<typeof startServer>[0]['store'];

/** A measured URL and the route family it belongs to. */
export interface BenchUrl {
  route: string;
  path: string;
}

export interface PhaseResult {
  all: LatencySummary;
  /** Per route family ("GET /api/entities/{key}" …). */
  routes: Record<string, LatencySummary>;
  /**
   * With one request in flight: CPU milliseconds this process spent on each request, per route
   * family. On a busy shared machine this is what a request costs, where latency is mostly waiting.
   */
  routesCpu?: Record<string, LatencySummary>;
  /** Largest response body per route family, in KB (the issue's bound: none over 1 MB). */
  maxResponseKb: Record<string, number>;
  errors: number;
  /** Answers the server took from its response cache (X-Chronicle-Cache: hit): none in a cold phase. */
  cacheHits: number;
  /** Non-200 answers by URL (at most 20), so a failing route can be found. */
  errorSamples: string[];
  seconds: number;
  /** CPU time of this process (server, corpus worker and client) per request: a cost that does not
   * depend on what else the machine runs, unlike the latencies. */
  cpuMsPerRequest: number;
}

export interface ApiBenchResult {
  documents: number;
  /** The database file (with its write-ahead log) in MB; null for PostgreSQL. */
  dbMb: number | null;
  distinctUrls: number;
  concurrency: number;
  /** From the server listening to its first answer of /api/overview (what the first view waits for). */
  firstOverviewMs: number;
  /** Until the corpus views (merged events, claim groups) were computed in the background. */
  corpusSeconds: number;
  /** Every URL once, with an empty response cache. */
  cold: PhaseResult;
  /** The same URLs again, in another order: what the response cache gives. */
  warm: PhaseResult;
  /** Resident memory of this process (the server, its corpus worker and the client) after the run. */
  rssMb: number;
  peakRssMb: number;
}

const usage = `Usage: chronicle bench api [--db FILE|postgres://…] [--per-route 40] [--concurrency 4] [--seed 1] [--json]

The database is ./chronicle.db unless --db or CHRONICLE_DB names another.
Serves the database on 127.0.0.1 (a random port) and times, in order:
  1. the first /api/overview, and the background computation of merged events and claims;
  2. cold: every URL of a set of distinct URLs drawn from the database (and the server's merged
     events, read directly, not through the API), once each, on the server this run started:
     no answer was cached before (the operating system's file cache is not emptied, and a value
     the server derives once per corpus, such as the place ranking, is computed by the first
     request that needs it and reused by later ones): document and entity listings at offsets across the corpus (all
     types, each type, name filters), --per-route random documents, entities (the ten most
     mentioned among them) and merged
     events, event listings by type, year and entity, the timeline (whole, by year, type and
     entity), claims, figures (of an article too), quotes (of a speaker too), places (the map's
     overview too) and place pages, an entity's articles (with a second entity too) and later
     pages of its mentions, the graph (by size, type and from one entity) and the evidence for
     one of its links, searches for words taken from random stored titles and for an entity;
  3. warm: the same URLs again in another order.
Reports p50/p95/p99/max and the largest response per route family and overall for each phase, errors, answers taken from the response cache (none when cold), CPU time per
request (per route too with --concurrency 1: on a busy shared machine latency is mostly waiting
for a core, CPU time is what a request costs), the number of distinct URLs, the database size
and the process's memory. Exit status 1 when any answer is not 200.`;

const bench: Subcommand = {
  summary: 'HTTP API latency on distinct URLs from the database, cold cache then warm: p50/p95/p99 per route',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, 'per-route': { type: 'string' }, concurrency: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } }, false);
    const perRoute = Math.min(parsePositiveInt(values['per-route'], 'per-route', 40), 2000);
    const concurrency = Math.min(parsePositiveInt(values.concurrency, 'concurrency', 4), 64);
    const seed = parsePositiveInt(values.seed, 'seed', 1);
    const result = await withStore(values.db, (store) => runApiBench(store, { perRoute, concurrency, seed, dbPath: resolveDbPath(values.db) }));
    if (values.json) printJson(result);
    else printTable(result);
    return result.cold.errors + result.warm.errors ? 1 : 0;
  },
};
export default bench;

export async function runApiBench(store: Store, opts: { perRoute: number; concurrency: number; seed: number; dbPath: string | null }): Promise<ApiBenchResult> {
  const t0 = performance.now();
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null });
  try {
    const overview = await fetch(`${server.url}/api/overview`);
    await overview.arrayBuffer();
    const firstOverviewMs = round(performance.now() - t0);
    await server.corpusReady();
    const corpusSeconds = round((performance.now() - t0) / 1000);
    // URLs are drawn from the store and the server's corpus snapshot directly, never through the
    // API, so no response or derived value is cached before the cold phase.
    const k = await server.corpus();
    const corpus = { eventKeys: k.events.map((e) => e.key), claims: k.claims.length };
    const urls = await drawUrls(store, corpus, opts.perRoute, seededRandom(opts.seed));
    const cold = await runPhase(server.url, urls, opts.concurrency);
    const warm = await runPhase(server.url, shuffled(urls, seededRandom(opts.seed + 1)), opts.concurrency);
    return {
      documents: await store.countDocuments(),
      dbMb: opts.dbPath && !isPostgresUrl(opts.dbPath) ? databaseMb(opts.dbPath) : null,
      distinctUrls: new Set(urls.map((u) => u.path)).size,
      concurrency: opts.concurrency,
      firstOverviewMs,
      corpusSeconds,
      cold,
      warm,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await server.close();
  }
}

/** Distinct URLs for every listing and page route, spread over the whole database. */
export async function drawUrls(store: Store, corpus: { eventKeys: string[]; claims: number }, perRoute: number, random: () => number): Promise<BenchUrl[]> {
  const urls = new Map<string, BenchUrl>();
  const add = (route: string, path: string) => urls.set(path, { route, path });
  const offsets = (total: number, pageSize: number): number[] => {
    const last = Math.max(0, total - pageSize);
    return [0, last, ...Array.from({ length: Math.max(0, perRoute - 2) }, () => Math.floor(random() * (last + 1)))];
  };
  const enc = encodeURIComponent;

  const ids = await store.listDocumentIds();
  for (const off of offsets(ids.length, 20)) add('GET /api/documents', `/api/documents?limit=20&offset=${off}`);
  const someDocs = sample(ids, perRoute, random);
  for (const id of someDocs) add('GET /api/documents/{id}', `/api/documents/${enc(id)}`);

  const entityTotal = (await store.queryEntities({ limit: 1 })).total;
  for (const off of offsets(entityTotal, 50)) add('GET /api/entities', `/api/entities?limit=50&offset=${off}`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
    const total = (await store.queryEntities({ types: [type], limit: 1 })).total;
    for (const off of offsets(total, 50).slice(0, Math.ceil(perRoute / 4))) add('GET /api/entities?type', `/api/entities?type=${type}&limit=50&offset=${off}`);
  }
  // The most mentioned entities are the most visited and the heaviest pages; the rest at random.
  const entityKeys = new Set((await store.queryEntities({ limit: Math.min(10, perRoute) })).items.map((e) => e.key));
  for (const off of sample(Array.from({ length: entityTotal }, (_, i) => i), Math.max(0, perRoute - entityKeys.size), random)) {
    const [e] = (await store.queryEntities({ limit: 1, offset: off })).items;
    if (e) entityKeys.add(e.key);
  }
  for (const key of entityKeys) add('GET /api/entities/{key}', `/api/entities/${enc(key)}`);
  // An entity's articles, sorted three ways, for a quarter of those entities (the most mentioned first).
  const sorts = ['date', 'mentions', 'title'];
  const someEntities = [...entityKeys].slice(0, Math.ceil(perRoute / 4));
  someEntities.forEach((key, i) => add('GET /api/entities/{key}/documents', `/api/entities/${enc(key)}/documents?sort=${sorts[i % 3]}`));
  // Later pages of their mentions in context, and the articles naming one of them and a co-mentioned entity.
  for (const e of (await store.queryEntities({ keys: someEntities })).items) {
    add('GET /api/entities/{key}?offset', `/api/entities/${enc(e.key)}?offset=${Math.floor(random() * e.mentions)}`);
    const [other] = await store.coMentioned(e.key, 1);
    if (other) {
      add('GET /api/entities/{key}/documents?with', `/api/entities/${enc(e.key)}/documents?with=${enc(other.key)}`);
      add('GET /api/graph/evidence', `/api/graph/evidence?a=${enc(e.key)}&b=${enc(other.key)}`);
    }
  }

  // Words from the titles of other random documents (reading the measured ones here would cache
  // their pages before the cold phase): what a reader would search for.
  const measured = new Set(someDocs);
  const unmeasured = sample(ids, perRoute * 2, random).filter((id) => !measured.has(id));
  const titled = await store.documentSummaries(unmeasured.length ? unmeasured : someDocs); // a tiny corpus: all are measured
  const words = [...new Set(titled.flatMap((d) => d.title.toLowerCase().match(/\p{L}{4,}/gu) ?? []))];
  const pickWord = () => words[Math.floor(random() * words.length)];
  if (words.length) {
    for (let i = 0; i < perRoute; i++) add('GET /api/search', `/api/search?q=${enc(i % 2 ? `${pickWord()} ${pickWord()}` : pickWord())}`);
    for (let i = 0; i < Math.ceil(perRoute / 2); i++) add('GET /api/entities?q', `/api/entities?q=${enc(pickWord().slice(0, 5))}&limit=50`);
  }
  // The search view's entity facet: the articles naming an entity, without words.
  for (const key of someEntities) add('GET /api/search?entity', `/api/search?entity=${enc(key)}`);

  for (const off of offsets(corpus.eventKeys.length, 50)) add('GET /api/events', `/api/events?limit=50&offset=${off}`);
  for (const type of sample([...EVENT_TYPES], Math.min(perRoute, EVENT_TYPES.length), random)) add('GET /api/events?type', `/api/events?type=${type}&limit=50`);
  for (let i = 0; i < Math.ceil(perRoute / 2); i++) {
    const year = 1980 + Math.floor(random() * 46);
    add('GET /api/events?from&to', `/api/events?from=${year}-01-01&to=${year}-12-31&limit=50`);
  }
  for (const key of sample(corpus.eventKeys, perRoute, random)) add('GET /api/events/{key}', `/api/events/${enc(key)}`);
  for (const key of someEntities) add('GET /api/events?entity', `/api/events?entity=${enc(key)}&limit=50`);
  // The timeline as the UI asks for it (all matches' density, the 1,000 most reported placed), whole and by year.
  add('GET /api/timeline', '/api/timeline?limit=1000');
  for (let i = 0; i < Math.ceil(perRoute / 8); i++) add('GET /api/timeline', `/api/timeline?from=${1980 + Math.floor(random() * 46)}-01-01&limit=1000`);
  // The timeline's filters: a type, an entity.
  for (const type of sample([...EVENT_TYPES], Math.ceil(perRoute / 8), random)) add('GET /api/timeline', `/api/timeline?type=${type}&limit=1000`);
  for (const key of someEntities.slice(0, Math.ceil(perRoute / 8))) add('GET /api/timeline', `/api/timeline?entity=${enc(key)}&limit=1000`);

  const figureTotal = await store.countAnnotations({ kind: 'figure' });
  for (const off of offsets(figureTotal, 50)) add('GET /api/figures', `/api/figures?limit=50&offset=${off}`);
  const quoteTotal = await store.countAnnotations({ kind: 'quote' });
  for (const off of offsets(quoteTotal, 50)) add('GET /api/quotes', `/api/quotes?limit=50&offset=${off}`);
  for (const off of offsets(corpus.claims, 50).slice(0, Math.ceil(perRoute / 2))) add('GET /api/claims', `/api/claims?limit=50&offset=${off}`);
  add('GET /api/claims', '/api/claims?disputed=true&limit=50');
  add('GET /api/claims', '/api/claims?multi=true&limit=50');
  for (const off of [0, 500, 1000, 2000]) add('GET /api/places', `/api/places?limit=500&offset=${off}`);
  add('GET /api/places', '/api/places?limit=5000&brief=true'); // the map's one request
  for (const limit of [20, 50, 100, 200]) add('GET /api/graph', `/api/graph?limit=${limit}`);
  for (const types of ['PER', 'ORG', 'LOC', 'PER,ORG']) add('GET /api/graph', `/api/graph?types=${types}&limit=50`);
  // The graph from one entity (what clicking a node asks).
  for (const key of someEntities) add('GET /api/graph', `/api/graph?focus=${enc(key)}&limit=50`);
  // Place pages, and the quotes of a speaker and the figures of an article.
  const places = (await store.queryPlaces({})).items.map((p) => p.key);
  for (const key of sample(places, perRoute, random)) add('GET /api/places/{key}', `/api/places/${enc(key)}`);
  for (const key of someEntities) add('GET /api/quotes?speaker', `/api/quotes?speaker=${enc(key)}`);
  for (const id of sample(ids, Math.ceil(perRoute / 4), random)) add('GET /api/figures?doc', `/api/figures?doc=${enc(id)}`);
  return shuffled([...urls.values()], random);
}

async function runPhase(base: string, urls: BenchUrl[], concurrency: number): Promise<PhaseResult> {
  const byRoute = new Map<string, number[]>();
  const cpuByRoute = new Map<string, number[]>();
  const maxBytes = new Map<string, number>();
  const all: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let cacheHits = 0;
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const worker = async () => {
    while (next < urls.length) {
      const u = urls[next++];
      const t = performance.now();
      const cpuAtStart = process.cpuUsage();
      let status = 0;
      try {
        // The body is read but not parsed: parsing is the client's cost, not the server's.
        const res = await fetch(base + u.path);
        const bytes = (await res.arrayBuffer()).byteLength;
        status = res.status;
        if (res.headers.get('x-chronicle-cache') === 'hit') cacheHits++;
        maxBytes.set(u.route, Math.max(maxBytes.get(u.route) ?? 0, bytes));
      } catch {
        status = -1;
      }
      const ms = performance.now() - t;
      if (status !== 200) {
        errors++;
        if (errorSamples.length < 20) errorSamples.push(`${status} ${u.path}`);
      }
      all.push(ms);
      byRoute.set(u.route, [...(byRoute.get(u.route) ?? []), ms]);
      if (concurrency === 1) {
        const c = process.cpuUsage(cpuAtStart);
        cpuByRoute.set(u.route, [...(cpuByRoute.get(u.route) ?? []), (c.user + c.system) / 1000]);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const summarise = (m: Map<string, number[]>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([r, xs]) => [r, latencySummary(xs)]));
  const routes = summarise(byRoute);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    all: latencySummary(all),
    routes,
    ...(concurrency === 1 ? { routesCpu: summarise(cpuByRoute) } : {}),
    maxResponseKb: Object.fromEntries([...maxBytes].sort(([a], [b]) => a.localeCompare(b)).map(([r, b]) => [r, round(b / 1024)])),
    errors,
    cacheHits,
    errorSamples,
    seconds: round((performance.now() - started) / 1000),
    cpuMsPerRequest: round((cpu.user + cpu.system) / 1000 / Math.max(urls.length, 1)),
  };
}

function sample<T>(xs: T[], n: number, random: () => number): T[] {
  if (xs.length <= n) return [...xs];
  const picked = new Set<number>();
  while (picked.size < n) picked.add(Math.floor(random() * xs.length));
  return [...picked].map((i) => xs[i]);
}


function printTable(r: ApiBenchResult): void {
  console.log(`${r.documents} documents, database ${r.dbMb ?? '?'} MB, ${r.distinctUrls} distinct URLs, ${r.concurrency} in flight`);
  console.log(`first overview ${r.firstOverviewMs} ms; corpus views ready after ${r.corpusSeconds} s; RSS ${r.rssMb} MB (peak ${r.peakRssMb} MB)`);
  for (const [name, phase] of [['cold', r.cold], ['warm', r.warm]] as const) {
    console.log(`\n${name}: p50 ${phase.all.p50Ms} ms, p95 ${phase.all.p95Ms} ms, p99 ${phase.all.p99Ms} ms, ${phase.errors} errors, ${phase.cacheHits} answers from the response cache, ${phase.cpuMsPerRequest} ms CPU per request`);
    for (const [route, s] of Object.entries(phase.routes))
      console.log(`  ${route.padEnd(28)} n ${String(s.n).padStart(4)}  p50 ${String(s.p50Ms).padStart(8)}  p95 ${String(s.p95Ms).padStart(8)}  p99 ${String(s.p99Ms).padStart(8)}  max ${String(s.maxMs).padStart(8)} ms  largest ${phase.maxResponseKb[route] ?? 0} KB`);
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
