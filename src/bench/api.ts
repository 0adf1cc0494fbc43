// `chronicle bench api`: starts the server on loopback over a database and fires a bounded
// number of requests at a mix of read endpoints; reports latency percentiles and errors.
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { withStore } from '../cli/store.js';
import { startServer } from '../server/app.js';

export interface ApiBenchResult {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
  concurrency: number;
  seconds: number;
  /** Time from the server listening to its first answer of /api/overview (what the first view waits for). */
  firstOverviewMs: number;
  /** Time until merged events and claim groups were computed in the background (measured before the load). */
  corpusSeconds: number;
  /** Resident memory of this process (server and its worker) after the run. */
  rssMb: number;
}

const bench: Subcommand = {
  summary: 'HTTP API latency on loopback: {requests, p50Ms, p95Ms, errors}',
  usage: `Usage: chronicle bench api --db FILE [--requests 2000] [--concurrency 8] [--json]

Serves the database on 127.0.0.1 (a random port), times the first /api/overview,
waits for the background computation of merged events and claims, then sends
--requests GET requests (documents, a document, entities, an entity, events with
filters, claims, search, places, graph) with --concurrency in flight, and reports
latency percentiles and the number of non-200 answers.`,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, requests: { type: 'string' }, concurrency: { type: 'string' }, json: { type: 'boolean' } }, false);
    const total = Math.min(parsePositiveInt(values.requests, 'requests', 2000), 100_000);
    const concurrency = Math.min(parsePositiveInt(values.concurrency, 'concurrency', 8), 64);
    const result = await withStore(values.db, (store) => runApiBench(store, total, concurrency));
    if (values.json) printJson(result);
    else console.log(`${result.requests} requests in ${result.seconds}s: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, ${result.errors} errors`);
    return result.errors ? 1 : 0;
  },
};
export default bench;

export async function runApiBench(store: Parameters<typeof startServer>[0]['store'], total: number, concurrency: number): Promise<ApiBenchResult> {
  const t0 = performance.now();
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null });
  try {
    const get = async (path: string) => {
      const res = await fetch(server.url + path);
      const body = await res.json();
      return { ok: res.status === 200, body };
    };
    await get('/api/overview');
    const firstOverviewMs = round(performance.now() - t0);
    await server.corpusReady();
    const corpusSeconds = round((performance.now() - t0) / 1000);
    // Warm-up picks real ids to ask for.
    const docs = (await get('/api/documents?limit=50')).body as { items: Array<{ id: string; title: string }> };
    const entities = (await get('/api/entities?limit=50')).body as { items: Array<{ key: string }> };
    const word = (docs.items[0]?.title.match(/\p{L}{4,}/u) ?? ['news'])[0];
    const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
    const paths = (i: number): string => {
      const doc = pick(docs.items, i);
      const entity = pick(entities.items, i);
      const mix = [
        `/api/documents?limit=20&offset=${(i * 7) % 100}`,
        doc ? `/api/documents/${encodeURIComponent(doc.id)}` : '/api/documents',
        '/api/entities?limit=50',
        entity ? `/api/entities/${encodeURIComponent(entity.key)}` : '/api/entities',
        '/api/events?limit=100',
        '/api/events?from=2000&to=2030&limit=50',
        '/api/claims?multi=true',
        `/api/search?q=${encodeURIComponent(word)}`,
        '/api/places',
        '/api/graph?limit=60',
      ];
      return mix[i % mix.length];
    };
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        try {
          // The body is read but not parsed: parsing is the client's cost, not the server's.
          const res = await fetch(server.url + paths(i));
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
    const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
    return { requests: latencies.length, p50Ms: pct(50), p95Ms: pct(95), errors, concurrency, seconds: round(seconds), firstOverviewMs, corpusSeconds, rssMb };
  } finally {
    await server.close();
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
