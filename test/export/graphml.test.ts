import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xmlEscape } from '../../src/export/xml.js';
import { descendants, exportString, fixtureStore, parseXml, type XmlElement } from './helpers.js';

const dataOf = (el: XmlElement) => Object.fromEntries(el.children.filter((c) => c.name === 'data').map((d) => [d.attrs.key, d.text]));

test('xml escaping drops characters XML forbids', () => {
  assert.equal(xmlEscape('a & <b> "c" \'d\''), 'a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
  assert.equal(xmlEscape('bell\u0007 tab\t lone\uD800 pair😀'), 'bell tab\t lone pair😀');
  assert.throws(() => parseXml('<a><b></a>'), /closes/); // the test parser is strict
  assert.throws(() => parseXml('<a>x & y</a>'), /bare &/);
});

test('graphml: well-formed, keys declared, entities as nodes, co-mention and event-role edges', async () => {
  const { store } = await fixtureStore();
  const root = parseXml(await exportString(store, { format: 'graphml' }));
  assert.equal(root.name, 'graphml');
  assert.equal(root.attrs.xmlns, 'http://graphml.graphdrawing.org/xmlns');
  const keys = descendants(root, 'key');
  const declared = new Map(keys.map((k) => [k.attrs.id, k.attrs]));
  assert.deepEqual([...declared.keys()].sort(), ['documents', 'eventTypes', 'events', 'kind', 'label', 'mentions', 'type', 'weight']);
  for (const k of keys) assert.ok(['string', 'int', 'double'].includes(k.attrs['attr.type']) && k.attrs['attr.name']);

  const nodes = descendants(root, 'node');
  const edges = descendants(root, 'edge');
  for (const el of [...nodes, ...edges])
    for (const d of el.children) assert.equal(declared.get(d.attrs.key)?.for, el.name, `data key ${d.attrs.key} declared for ${el.name}`);
  const ids = new Set(nodes.map((n) => n.attrs.id));
  assert.equal(ids.size, 5);
  for (const e of edges) assert.ok(ids.has(e.attrs.source) && ids.has(e.attrs.target), 'edges join declared nodes');
  assert.equal(new Set(edges.map((e) => e.attrs.id)).size, edges.length);

  const gang = nodes.find((n) => n.attrs.id === 'ent_gang')!;
  assert.deepEqual(dataOf(gang), { label: 'Red Hand "Brigade" & Co', type: 'ORG', mentions: '1', documents: '1' });
  const orlov = dataOf(nodes.find((n) => n.attrs.id === 'ent_orlov')!);
  assert.deepEqual([orlov.mentions, orlov.documents], ['3', '2']);

  const edge = (kind: string, a: string, b: string) =>
    edges.filter((e) => dataOf(e).kind === kind && ((e.attrs.source === a && e.attrs.target === b) || (kind === 'co-mention' && e.attrs.source === b && e.attrs.target === a)));
  // Orlov and the ministry are named together in two documents, Orlov and the police in one.
  assert.equal(dataOf(edge('co-mention', 'ent_orlov', 'ent_ministry')[0]).weight, '2');
  assert.equal(dataOf(edge('co-mention', 'ent_orlov', 'ent_police')[0]).weight, '1');
  assert.equal(edge('co-mention', 'ent_gang', 'ent_orlov').length, 0);
  const role = edge('event-role', 'ent_police', 'ent_orlov');
  assert.equal(role.length, 1);
  assert.equal(role[0].attrs.directed, 'true');
  // The detention is reported by two documents but is one event.
  const { events, ...counted } = dataOf(role[0]);
  assert.deepEqual(counted, { kind: 'event-role', weight: '1', eventTypes: 'detention' });
  // the event named as the timeline names it
  assert.match(events, /^Detention of Pavel Orlov/);
  assert.equal(edges.filter((e) => dataOf(e).kind === 'event-role').length, 1);
  await store.close();
});

test('graphml filters narrow the graph', async () => {
  const { store } = await fixtureStore();
  const root = parseXml(await exportString(store, { format: 'graphml', filters: { entityType: 'ORG' } }));
  const nodes = descendants(root, 'node').map((n) => n.attrs.id).sort();
  assert.deepEqual(nodes, ['ent_gang', 'ent_ministry', 'ent_police']);
  const one = parseXml(await exportString(store, { format: 'graphml', filters: { docs: ['doc3cccccccccccc'] } }));
  assert.deepEqual(descendants(one, 'node').map((n) => n.attrs.id).sort(), ['ent_gang', 'ent_ministry']);
  await store.close();
});

test('graphml --edges keeps one kind of edge, so that the graph is wholly undirected or wholly directed', async () => {
  const { store } = await fixtureStore();
  const graphOf = async (edges?: 'co-mention' | 'event-role') => {
    const root = parseXml(await exportString(store, { format: 'graphml', ...(edges ? { edges } : {}) }));
    const graph = descendants(root, 'graph')[0];
    const all = descendants(root, 'edge');
    return { edgedefault: graph.attrs.edgedefault, kinds: [...new Set(all.map((e) => dataOf(e).kind))].sort(), directedAttrs: all.filter((e) => 'directed' in e.attrs).length, nodes: descendants(root, 'node').map((n) => n.attrs.id).sort(), all };
  };
  const mixed = await graphOf();
  assert.deepEqual([mixed.edgedefault, mixed.kinds, mixed.directedAttrs], ['undirected', ['co-mention', 'event-role'], 1]);
  const co = await graphOf('co-mention');
  // an undirected graph: no edge says directed (networkx's reader refuses a directed edge in an undirected graph)
  assert.deepEqual([co.edgedefault, co.kinds, co.directedAttrs], ['undirected', ['co-mention'], 0]);
  assert.equal(co.all.length, mixed.all.length - 1);
  const roles = await graphOf('event-role');
  assert.deepEqual([roles.edgedefault, roles.kinds, roles.directedAttrs], ['directed', ['event-role'], 0]);
  assert.deepEqual(roles.nodes, ['ent_orlov', 'ent_police']); // only the entities an edge joins
  assert.deepEqual([roles.all[0].attrs.source, roles.all[0].attrs.target], ['ent_police', 'ent_orlov']);
  await store.close();
});
