// chronicle bench search-fuzz: thousands of generated search strings (operators, stray quotes,
// control characters, long inputs) sent to /api/search of an in-process server over each given
// database, while other routes are requested alongside; reports server errors and slow answers.
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt, requireOptions } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { openStore } from '../store/open.js';
import { withStore } from '../cli/store.js';
import { startServer } from '../server/app.js';

const SYNTAX = ['OR', 'OR', 'AND', 'NOT', 'NEAR', 'NEAR(', '-', '+', '*', '"', '""', '(', ')', ':', '^', '|', '&', '!', '<->', "'", '\\', '{', '}', '[', ']', ',', ';', 'title:', 'text:', ':*', '%', '%%', '..', '…', '—'];
const ODD = ['\u0000', '\u0001', '\u001b[2J', '\u007f', '\u200b', '\u202e', '\ufeff', '\ud83d\ude00', 'e\u0301', 'ß', 'İ', 'Ⅻ', '٣', '中文', 'العربية', '\ud800', ' ', '\t', '\n'];

/** Deterministic pseudo-random numbers, so a failing string can be found again. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateQueries(n: number, words: string[], seed = 18): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(rand() ** 2 * (i % 50 === 0 ? 120 : 12));
    for (let k = 0; k < length; k++) {
      const r = rand();
      parts.push(r < 0.45 ? pick(words) : r < 0.8 ? pick(SYNTAX) : r < 0.95 ? pick(ODD) : pick(words) + pick(SYNTAX) + pick(words));
    }
    out.push(parts.join(rand() < 0.8 ? ' ' : ''));
  }
  return out;
}

/** Percent-encodes a query; a lone surrogate becomes the bytes of an invalid UTF-8 sequence, as a hostile client would send. */
function encodeQuery(q: string): string {
  let out = '';
  for (const ch of q) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%ED%A0%80';
    }
  }
  return out;
}

interface Latencies {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function summarise(times: number[]): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10 : 0);
  return { requests: sorted.length, p50Ms: q(0.5), p95Ms: q(0.95), maxMs: q(1) };
}

async function fuzzOne(db: string, queries: string[], probe: string | undefined) {
  const store = await openStore(db);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null });
  try {
    await server.corpusReady();
    const statuses: Record<string, number> = {};
    const searchTimes: number[] = [];
    const failures: Array<{ query: string; status: number; ms: number }> = [];
    const timed = async (path: string) => {
      const t = performance.now();
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t };
    };
    // Other routes are asked alongside every search: a search must never hold them up.
    let searching = true;
    const otherTimes: number[] = [];
    const others = (async () => {
      const paths = ['/api/overview', '/api/documents?limit=5', '/api/entities?limit=5'];
      for (let i = 0; searching; i++) {
        const r = await timed(paths[i % paths.length]);
        otherTimes.push(r.ms);
        await new Promise((ok) => setTimeout(ok, 5));
      }
    })();
    const probeTimes: number[] = [];
    try {
      for (const [i, query] of queries.entries()) {
        const r = await timed(`/api/search?q=${encodeQuery(query)}`);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        searchTimes.push(r.ms);
        if (r.status >= 500 || r.ms > 2000) failures.push({ query, status: r.status, ms: Math.round(r.ms) });
        // The given probe (e.g. words of a long repetitive document) is searched again every 100 strings, past the cache.
        if (probe && i % 100 === 0) probeTimes.push((await timed(`/api/search?q=${encodeURIComponent(probe)}&limit=${1 + ((i / 100) % 100)}`)).ms); // a new limit each time: never answered from the cache
      }
    } finally {
      searching = false;
      await others;
    }
    return {
      db: db.replace(/\/\/[^@/]*@/, '//…@'),
      documents: await store.countDocuments(),
      searches: queries.length,
      statuses,
      errors5xx: failures.filter((f) => f.status >= 500).length,
      over2s: failures.filter((f) => f.ms > 2000).length,
      search: summarise(searchTimes),
      otherRoutesDuringSearches: summarise(otherTimes),
      ...(probe ? { probe: { query: probe, ...summarise(probeTimes) } } : {}),
      failures: failures.slice(0, 20),
    };
  } finally {
    await server.close();
    await store.close();
  }
}

const bench: Subcommand = {
  summary: 'Generated hostile search strings against the HTTP API: server errors and slow answers',
  usage: `Usage: chronicle bench search-fuzz --db FILE|postgres://… [--db …] [--queries N] [--probe "WORDS"] [--seed S] [--json]

Sends N (default 2000) generated search strings (stored title words mixed with operators, stray
quotes, control characters, emoji, long inputs) to /api/search of a server started in this
process over each database, while /api/overview, /api/documents and /api/entities are requested
alongside. --probe also times one given search every 100 strings (e.g. the words of a long
repetitive document). Prints per database {statuses, errors5xx, over2s, search, otherRoutesDuringSearches, probe, failures}.`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      { db: { type: 'string', multiple: true }, queries: { type: 'string' }, probe: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
      false,
    );
    requireOptions(values, { db: 'FILE|postgres://… (once per database)' });
    const n = parsePositiveInt(values.queries, 'queries', 2000);
    const seed = parsePositiveInt(values.seed, 'seed', 18);
    const results = [];
    for (const db of values.db) {
      // through the commands' opener: a missing file or a folder is said as such (SQLite said "unable to open database file")
      const titles = await withStore(db, async (store) => (await store.listDocuments({ limit: 2000 })).map((d) => d.title));
      const words = [...new Set(titles.flatMap((t) => t.match(/\p{L}{3,}/gu) ?? []))];
      if (words.length === 0) words.push('news');
      results.push(await fuzzOne(db, generateQueries(n, words, seed), values.probe));
    }
    if (values.json) printJson(results);
    else
      for (const r of results)
        console.log(`${r.db}: ${r.searches} searches, ${r.errors5xx} errors ≥ 500, ${r.over2s} over 2 s; search p95 ${r.search.p95Ms} ms (max ${r.search.maxMs}); other routes max ${r.otherRoutesDuringSearches.maxMs} ms`);
    return results.every((r) => r.errors5xx === 0 && r.over2s === 0) ? 0 : 1;
  },
};
export default bench;
