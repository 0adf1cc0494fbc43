// chronicle bench resolve: how long cross-document resolution takes on an existing database.
import type { Subcommand } from '../cli/subcommands.js';
import { UsageError } from '../cli/command.js';
import { parseFlags } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { openStore } from '../store/open.js';
import { loadClaimGroups, loadEventClusters } from '../corpus/index.js';
import { measureFragmentation } from '../corpus/entities/fragmentation.js';

const bench: Subcommand = {
  summary: 'Cross-document resolution time (entities, merged events, claim groups) on a database',
  usage: `Usage: chronicle bench resolve --db FILE|postgres://… [--json]

Times the corpus-level views over everything stored and reports
{documents, entities, entitySeconds, fragmentation, events, eventClusters, eventSeconds, claimGroups, disputed, claimSeconds, totalSeconds, peakRssMb}.
(Entity ids are assigned per document at ingest; this measures grouping them, and event and claim resolution.)
fragmentation: the share of mentions whose name, with its type, is spread over two or more entities.`,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (!values.db) throw new UsageError('--db is required');
    const store = await openStore(values.db);
    try {
      const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
        const t = performance.now();
        const r = await fn();
        return [r, Math.round(performance.now() - t) / 1000];
      };
      const documents = await store.countDocuments();
      const [entities, entitySeconds] = await time(() => store.listEntities());
      const fragmentation = await measureFragmentation(store);
      const [clusters, eventSeconds] = await time(() => loadEventClusters(store));
      const [groups, claimSeconds] = await time(() => loadClaimGroups(store));
      const result = {
        documents,
        entities: entities.length,
        entitySeconds,
        fragmentation,
        events: clusters.reduce((n, c) => n + c.members.length, 0),
        eventClusters: clusters.length,
        eventSeconds,
        claimGroups: groups.length,
        disputed: groups.filter((g) => g.disputed).length,
        claimSeconds,
        totalSeconds: Math.round((entitySeconds + eventSeconds + claimSeconds) * 1000) / 1000,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      if (values.json) printJson(result);
      else console.log(`${documents} documents: entities ${entitySeconds}s, events ${eventSeconds}s, claims ${claimSeconds}s`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
export default bench;
