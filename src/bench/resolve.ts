// chronicle bench resolve: how long cross-document resolution itself takes on an existing database:
// entity resolution over every stored mention, event coreference, claim grouping. Reading the
// inputs from the store is timed apart from the resolution work, and nothing is written back.
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { withStore } from '../cli/store.js';
import type { Store, StoredAnnotation } from '../store/interface.js';
import type { EntityType, EventRecord } from '../types.js';
import { createAliasTable, shippedAliasGroups } from '../pipeline/entities/aliases.js';
import { resolveStoredMentions } from '../corpus/entities/reresolve.js';
import { clusterEvents, type EventInput } from '../corpus/events/coreference.js';
import { eventInputsOf } from '../corpus/events/inputs.js';
import { eventLinks } from '../corpus/curation.js';
import { documentCountries, groupClaims, reportFamilies } from '../corpus/claims/group.js';
import { eventCountGroups, type CountedCluster } from '../corpus/claims/event-counts.js';
import { claimInputOf, placeCountry } from '../corpus/index.js';
import { measureFragmentation } from '../corpus/entities/fragmentation.js';

export interface ResolveBenchResult {
  documents: number;
  /** Every stored mention resolved again, document by document, with the shipped and the user's aliases. */
  entities: { mentions: number; entities: number; changedFromStored: number; readSeconds: number; resolveSeconds: number; resolveCpuSeconds: number };
  /** Event reports clustered into real-world events. */
  events: { reports: number; clusters: number; /** Reports in the biggest merged event: a chain of loosely similar reports shows here. */ largestCluster: number; readSeconds: number; resolveSeconds: number; resolveCpuSeconds: number };
  /** Figures grouped into claims about one quantity. */
  claims: { figures: number; groups: number; disputed: number; readSeconds: number; resolveSeconds: number; resolveCpuSeconds: number };
  /** Resolution alone (the three resolveSeconds). */
  resolveSeconds: number;
  /** CPU seconds of resolution alone: what it costs, whatever else the machine runs. */
  resolveCpuSeconds: number;
  /** Reading and resolution together. */
  totalSeconds: number;
  /** The share of mentions whose name, with its type, is spread over two or more entities. */
  fragmentation: Awaited<ReturnType<typeof measureFragmentation>>;
  peakRssMb: number;
}

const usage = `Usage: chronicle bench resolve [--db FILE|postgres://…] [--json]

The database is ./chronicle.db unless --db or CHRONICLE_DB names another.
Times cross-document resolution over everything stored, each step separately, reading its
inputs (timed apart) and writing nothing:
  entities  every stored mention resolved again to an entity id, document by document, with the
            shipped aliases and the user's (what ingest and \`chronicle alias\` do);
  events    event reports clustered into real-world events (event coreference);
  claims    figures grouped into claims about one quantity, disputes flagged.
Each step reports readSeconds, resolveSeconds and resolveCpuSeconds (CPU time of the
resolution, which does not depend on what else the machine runs).
Reports {documents, entities, events, claims, resolveSeconds, resolveCpuSeconds, totalSeconds, fragmentation, peakRssMb};
fragmentation is the share of mentions whose name, with its type, is spread over two or more entities.`;

/** Rows per query when paging through one annotation kind. */
const PAGE = 5000;

const bench: Subcommand = {
  summary: 'Cross-document resolution time (entities, event coreference, claim groups), each step apart',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
    return withStore(values.db, async (store) => {
      const result = await benchResolve(store);
      if (values.json) printJson(result);
      else
        console.log(
          `${result.documents} documents: entities ${result.entities.resolveSeconds}s (+${result.entities.readSeconds}s reading), ` +
            `events ${result.events.resolveSeconds}s (+${result.events.readSeconds}s), claims ${result.claims.resolveSeconds}s (+${result.claims.readSeconds}s); ` +
            `resolution ${result.resolveSeconds}s, in all ${result.totalSeconds}s, peak RSS ${result.peakRssMb} MB`,
        );
      return 0;
    });
  },
};
export default bench;

export async function benchResolve(store: Store): Promise<ResolveBenchResult> {
  const documents = await store.countDocuments();
  const entities = await benchEntities(store);
  const { result: events, counted } = await benchEvents(store);
  const claims = await benchClaims(store, counted);
  const resolveSeconds = seconds(entities.resolveSeconds + events.resolveSeconds + claims.resolveSeconds);
  const resolveCpuSeconds = seconds(entities.resolveCpuSeconds + events.resolveCpuSeconds + claims.resolveCpuSeconds);
  const read = entities.readSeconds + events.readSeconds + claims.readSeconds;
  const fragmentation = await measureFragmentation(store);
  return { documents, entities, events, claims, resolveSeconds, resolveCpuSeconds, totalSeconds: seconds(resolveSeconds + read), fragmentation, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

async function benchEntities(store: Store): Promise<ResolveBenchResult['entities']> {
  let t = performance.now();
  const aliases = createAliasTable(shippedAliasGroups());
  for (const a of await store.listUserAliases()) aliases.add(a.type as EntityType, a.alias, a.canonical);
  const byDoc = new Map<string, Array<StoredAnnotation & { docId: string }>>();
  for (const m of await readAll(store, 'mention')) {
    const list = byDoc.get(m.docId);
    if (list) list.push(m);
    else byDoc.set(m.docId, [m]);
  }
  // the texts are read with the mentions, not timed as resolution
  const texts = await store.documentTexts([...byDoc.keys()]);
  const readSeconds = since(t);
  t = performance.now();
  const cpu = cpuNow();
  const ids = new Set<string>();
  let mentions = 0;
  let changed = 0;
  for (const [docId, stored] of byDoc) {
    const resolved = resolveStoredMentions(stored, aliases, docId, texts.get(docId));
    resolved.forEach((r, i) => {
      ids.add(r.entityId);
      if (r.entityId !== stored[i].data.entityId) changed++;
    });
    mentions += stored.length;
  }
  return { mentions, entities: ids.size, changedFromStored: changed, readSeconds, resolveSeconds: since(t), resolveCpuSeconds: seconds(cpuNow() - cpu) };
}

/** The events step's figures, and its clusters with their reports (the claims step groups their counts). */
async function benchEvents(store: Store): Promise<{ result: ResolveBenchResult['events']; counted: CountedCluster[] }> {
  let t = performance.now();
  const reports = (await readAll(store, 'event')) as Array<StoredAnnotation & { docId: string; data: EventRecord }>;
  const context = new Map<string, Array<StoredAnnotation & { docId: string }>>();
  for (const kind of ['mention', 'place'] as const)
    for (const a of await readAll(store, kind)) {
      const list = context.get(a.docId);
      if (list) list.push(a);
      else context.set(a.docId, [a]);
    }
  const published = new Map<string, string | null>();
  const docIds = [...new Set(reports.map((e) => e.docId))];
  for (let i = 0; i < docIds.length; i += 500) for (const d of await store.documentSummaries(docIds.slice(i, i + 500))) published.set(d.id, d.published);
  const links = await eventLinks(store);
  const byDoc = new Map<string, typeof reports>();
  for (const e of reports) byDoc.set(e.docId, [...(byDoc.get(e.docId) ?? []), e]);
  const readSeconds = since(t);
  t = performance.now();
  const cpu = cpuNow();
  // Turning stored rows into coreference inputs (participants, places, dates) is part of the work.
  const inputs: EventInput[] = [];
  for (const [docId, docEvents] of byDoc) inputs.push(...eventInputsOf(docId, [...(context.get(docId) ?? []), ...docEvents], undefined, published.get(docId) ?? null));
  const clusters = clusterEvents(inputs, links);
  const largestCluster = clusters.reduce((most, c) => Math.max(most, c.members.length), 0);
  const byRef = new Map(reports.map((e) => [`${e.docId}#${e.data.id}`, e]));
  const counted = clusters.map((c) => ({ id: c.id, type: c.type, events: c.members.map((m) => byRef.get(`${m.docId}#${m.eventId}`)) }));
  return { result: { reports: reports.length, clusters: clusters.length, largestCluster, readSeconds, resolveSeconds: since(t), resolveCpuSeconds: seconds(cpuNow() - cpu) }, counted };
}

async function benchClaims(store: Store, counted: CountedCluster[]): Promise<ResolveBenchResult['claims']> {
  let t = performance.now();
  const places = await readAll(store, 'place');
  const figures = await readAll(store, 'figure');
  const pairs = await store.listNearDuplicatePairs();
  const readSeconds = since(t);
  t = performance.now();
  const cpu = cpuNow();
  const countries = documentCountries(places.map(placeCountry));
  const inputs = figures.map((f) => claimInputOf(f, countries));
  const reportOf = reportFamilies(pairs);
  const groups = [...groupClaims(inputs, reportOf), ...eventCountGroups(counted, inputs, reportOf)];
  return { figures: figures.length, groups: groups.length, disputed: groups.filter((g) => g.disputed).length, readSeconds, resolveSeconds: since(t), resolveCpuSeconds: seconds(cpuNow() - cpu) };
}

/** Every annotation of one kind, page by page in document order. */
async function readAll(store: Store, kind: StoredAnnotation['kind']): Promise<Array<StoredAnnotation & { docId: string }>> {
  const out: Array<StoredAnnotation & { docId: string }> = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.listAnnotations({ kind, limit: PAGE, offset });
    out.push(...rows);
    if (rows.length < PAGE) return out;
  }
}

const since = (t: number) => seconds((performance.now() - t) / 1000);
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const seconds = (x: number) => Math.round(x * 1000) / 1000;
