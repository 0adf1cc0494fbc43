// chronicle bench search: full-text search latency on an existing database.
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { withStore } from '../cli/store.js';
import { latencySummary } from './lib/latency.js';
import { seededRandom } from '../seeded-random.js';

const bench: Subcommand = {
  summary: 'Search latency (p50/p95) on an existing database',
  usage: `Usage: chronicle bench search [--db FILE|postgres://…] [--queries N] [--json]

The database is ./chronicle.db unless --db or CHRONICLE_DB names another.
Runs N (default 500) searches of one or two words taken from the titles of 2,000 documents
drawn at random from the whole database, and reports
{queries, documents, distinctQueries, p50Ms, p95Ms, p99Ms, maxMs, hitsPerQuery}.`,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, queries: { type: 'string' }, json: { type: 'boolean' } }, false);
    const n = parsePositiveInt(values.queries, 'queries', 500);
    return withStore(values.db, async (store) => {
      const documents = await store.countDocuments();
      const random = seededRandom(7);
      const ids = await store.listDocumentIds();
      const sampled = Array.from({ length: Math.min(2000, ids.length) }, () => ids[Math.floor(random() * ids.length)]);
      const titles = (await store.documentSummaries([...new Set(sampled)])).map((d) => d.title);
      const words = [...new Set(titles.flatMap((t) => t.toLowerCase().match(/\p{L}{4,}/gu) ?? []))];
      if (words.length === 0) throw new Error('the database has no titles to take query words from');
      const pick = () => words[Math.floor(random() * words.length)];
      const times: number[] = [];
      const queries = new Set<string>();
      let hits = 0;
      for (let i = 0; i < n; i++) {
        const query = i % 2 ? `${pick()} ${pick()}` : pick();
        queries.add(query);
        const t = performance.now();
        hits += (await store.search(query, { limit: 10 })).length;
        times.push(performance.now() - t);
      }
      const { p50Ms, p95Ms, p99Ms, maxMs } = latencySummary(times);
      const result = { queries: n, documents, distinctQueries: queries.size, p50Ms, p95Ms, p99Ms, maxMs, hitsPerQuery: Math.round((hits / n) * 10) / 10 };
      if (values.json) printJson(result);
      else console.log(`${n} searches over ${documents} documents: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`);
      return 0;
    });
  },
};
export default bench;
