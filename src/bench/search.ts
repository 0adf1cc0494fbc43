// chronicle bench search: full-text search latency on an existing database.
import type { Subcommand } from '../cli/subcommands.js';
import { UsageError } from '../cli/command.js';
import { parseFlags, parsePositiveInt } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { openStore } from '../store/open.js';

const bench: Subcommand = {
  summary: 'Search latency (p50/p95) on an existing database',
  usage: `Usage: chronicle bench search --db FILE|postgres://… [--queries N] [--json]

Runs N (default 500) searches of one or two words taken from stored titles and reports
{queries, documents, p50Ms, p95Ms, maxMs, hitsPerQuery}.`,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, queries: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (!values.db) throw new UsageError('--db is required');
    const n = parsePositiveInt(values.queries, 'queries', 500);
    const store = await openStore(values.db);
    try {
      const documents = await store.countDocuments();
      const titles = (await store.listDocuments({ limit: 2000 })).map((d) => d.title);
      const words = [...new Set(titles.flatMap((t) => t.toLowerCase().match(/\p{L}{4,}/gu) ?? []))];
      if (words.length === 0) throw new Error('the database has no titles to take query words from');
      let seed = 7;
      const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length];
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < n; i++) {
        const query = i % 2 ? `${pick()} ${pick()}` : pick();
        const t = performance.now();
        hits += (await store.search(query, { limit: 10 })).length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 100) / 100;
      const result = { queries: n, documents, p50Ms: q(0.5), p95Ms: q(0.95), maxMs: q(1), hitsPerQuery: Math.round((hits / n) * 10) / 10 };
      if (values.json) printJson(result);
      else console.log(`${n} searches over ${documents} documents: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
export default bench;
