// GraphML export for Gephi, yEd, Cytoscape: entities as nodes; undirected co-mention edges
// (two entities named in the same document, weight = shared documents, a near-duplicate group once)
// and directed event-role
// edges (actor → target of one merged event, weight = events). Edge weights are accumulated in
// numeric maps keyed by node-index pairs, so memory grows with the graph, not with the corpus.
// Both kinds make a mixed graph (edgedefault undirected, role edges directed="true"), as GraphML
// allows and Gephi, yEd and Cytoscape read; networkx's read_graphml refuses a mixed graph, so
// `edges` can keep one kind: co-mention (an undirected graph) or event-role (a directed one).
import type { EntitySummary } from '../store/interface.js';
import { nearDuplicateGroups, repeatedFromGroups, summaryAsReports } from '../corpus/report-counts.js';
import { documentMatches, walkDocuments } from './documents.js';
import { eventMerger, reportRefs, type MergedEvent } from './events.js';
import { eventTitles } from '../event-view/linked-events.js';
import { entitiesAndEvents } from './first-pass.js';
import type { ExportOutput } from './output.js';
import type { ExportContext } from './tables/table.js';
import { xmlEscape } from './xml.js';

const KEYS = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'mentions', for: 'node', type: 'int' },
  { id: 'documents', for: 'node', type: 'int' },
  { id: 'kind', for: 'edge', type: 'string' },
  { id: 'weight', for: 'edge', type: 'double' },
  { id: 'eventTypes', for: 'edge', type: 'string' },
  // the events joining an actor to a target, as the timeline titles them ("Arrest of Dmytro Karpenko in Barcelona")
  { id: 'events', for: 'edge', type: 'string' },
];

export const GRAPH_EDGES = ['all', 'co-mention', 'event-role'] as const;
export type GraphEdges = (typeof GRAPH_EDGES)[number];

export async function exportGraphml(ctx: ExportContext, out: ExportOutput, kinds: GraphEdges = 'all'): Promise<{ nodes: number; edges: number }> {
  const withCoMentions = kinds !== 'event-role';
  const withRoles = kinds !== 'co-mention';
  const { store, filters, progress } = ctx;
  const { only, tally, index } = await entitiesAndEvents(ctx);
  // an article two sites carry (near-duplicates) counts once, in node and edge counts, as in the web UI
  const groups = await nearDuplicateGroups(store);
  const repeated = repeatedFromGroups(groups);
  const entities = tally.summaries(filters.entityType).map((e) => summaryAsReports(e, repeated));
  const counted = new Set<string>(); // "group pair" already counted for a near-duplicate group
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));
  const n = entities.length;
  const pairKey = (a: number, b: number) => a * n + b;
  const inGraph = new Uint8Array(n);
  const coMentions = new Map<number, number>();
  const roles = new Map<number, { weight: number; types: Set<string>; titles: Set<string> }>();
  const merger = eventMerger(index);
  const titleOf = withRoles ? await eventTitles(store) : () => null;
  const addRoles = (event: MergedEvent) => {
    // One merged event counts once per actor → target pair, however many documents report it.
    const pairs = new Set<number>();
    for (const r of event.reports)
      for (const actor of r.actors.flatMap((x) => x.entityIds))
        for (const target of r.targets.flatMap((x) => x.entityIds)) {
          const a = indexOf.get(actor);
          const b = indexOf.get(target);
          if (a !== undefined && b !== undefined && a !== b) pairs.add(pairKey(a, b));
        }
    for (const key of pairs) {
      const edge = roles.get(key) ?? { weight: 0, types: new Set<string>(), titles: new Set<string>() };
      edge.weight++;
      edge.types.add(event.type);
      const title = titleOf(reportRefs(event));
      if (title) edge.titles.add(title);
      roles.set(key, edge);
      inGraph[Math.floor(key / n)] = inGraph[key % n] = 1;
    }
  };

  for await (const doc of walkDocuments(store, {})) {
    progress.tick();
    if (withCoMentions && (!only || only.has(doc.id)) && documentMatches(doc, filters)) {
      const named = new Set<number>();
      for (const a of doc.annotations) {
        // a credit line's reporters and the dateline's agency link no one in the story
        const i = a.kind === 'mention' && a.data.role !== 'credit' ? indexOf.get((a.data as { entityId?: string }).entityId ?? '') : undefined;
        if (i !== undefined) named.add(i);
      }
      const list = [...named].sort((x, y) => x - y);
      for (const i of list) inGraph[i] = 1;
      const group = groups.groupOf.get(doc.id);
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const key = pairKey(list[x], list[y]);
          if (group !== undefined) {
            const seen = `${group} ${key}`;
            if (counted.has(seen)) continue;
            counted.add(seen);
          }
          coMentions.set(key, (coMentions.get(key) ?? 0) + 1);
        }
    }
    if (withRoles) merger.add(doc).forEach(addRoles);
  }
  if (withRoles) merger.finish().forEach(addRoles);

  await out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
      '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>\n`).join('') +
      `  <graph id="chronicle" edgedefault="${withCoMentions ? 'undirected' : 'directed'}">\n`,
  );
  let nodes = 0;
  for (const [i, e] of entities.entries()) {
    if (!inGraph[i]) continue;
    await out.write(nodeXml(e));
    nodes++;
  }
  let edges = 0;
  const edgeXml = async (key: number, attrs: string, data: Record<string, string | number>) => {
    const source = entities[Math.floor(key / n)].id;
    const target = entities[key % n].id;
    const body = Object.entries(data).map(([k, v]) => `<data key="${k}">${xmlEscape(String(v))}</data>`).join('');
    await out.write(`    <edge id="e${edges++}" source="${xmlEscape(source)}" target="${xmlEscape(target)}"${attrs}>${body}</edge>\n`);
  };
  for (const [key, weight] of coMentions) await edgeXml(key, '', { kind: 'co-mention', weight });
  for (const [key, edge] of roles)
    await edgeXml(key, withCoMentions ? ' directed="true"' : '', { kind: 'event-role', weight: edge.weight, eventTypes: [...edge.types].sort().join('; '), events: [...edge.titles].join('; ') });
  await out.write('  </graph>\n</graphml>\n');
  return { nodes, edges };
}

function nodeXml(e: EntitySummary): string {
  const data = { label: e.name, type: e.type, mentions: e.mentions, documents: e.documents };
  const body = Object.entries(data).map(([k, v]) => `<data key="${k}">${xmlEscape(String(v))}</data>`).join('');
  return `    <node id="${xmlEscape(e.id)}">${body}</node>\n`;
}
