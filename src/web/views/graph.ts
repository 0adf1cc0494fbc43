// Graph: the most mentioned entities, linked when named close together (grey, thicker = more often)
// and by event roles (coloured arrows from actor to target). Filter by entity type.
import cytoscape from 'cytoscape';
import type { ViewContext } from '../main.js';
import { api } from '../lib/api.js';
import { append, h } from '../lib/dom.js';
import { cssVar, entityChip, ENTITY_TYPES, entityHref, TYPE_LABELS } from '../lib/format.js';
import { empty, pageHeader, section } from '../lib/ui.js';

export async function graphView({ root, query, onLeave }: ViewContext): Promise<void> {
  const selected = new Set((query.get('types') ?? ENTITY_TYPES.join(',')).split(',').filter((t) => (ENTITY_TYPES as readonly string[]).includes(t)));
  const showCo = query.get('co') !== '0';
  const graph = await api.graph({ types: [...selected].join(',') || undefined, limit: 40 });
  document.title = 'Graph · Chronicle';
  const edges = graph.edges.filter((e) => showCo || e.kind === 'event');
  const href = (types: Set<string>, co: boolean) => `#/graph?types=${[...types].join(',')}${co ? '' : '&co=0'}`;

  const filters = h('div', { class: 'toolbar', role: 'group', 'aria-label': 'Filter the graph' },
    ENTITY_TYPES.map((t) => {
      const next = new Set(selected);
      if (next.has(t)) next.delete(t);
      else next.add(t);
      return h('a', { class: `toggle-chip chip-${t}`, href: href(next.size ? next : selected, showCo), 'aria-pressed': selected.has(t) ? 'true' : 'false', role: 'button' }, TYPE_LABELS[t]);
    }),
    h('span', { class: 'spacer' }),
    h('a', { class: 'toggle-chip', role: 'button', href: href(selected, !showCo), 'aria-pressed': showCo ? 'true' : 'false' }, 'Co-mentions'),
    h('span', { class: 'legend-line legend-event', 'aria-hidden': 'true' }), h('span', { class: 'muted small' }, 'event: actor → target'),
  );
  const container = h('div', { class: 'graph-canvas', 'aria-hidden': 'true' });
  append(root, [
    pageHeader('Graph', 'The most mentioned entities, linked when they are named close together (each keeps its strongest links) and by who did what to whom in events. Click a node to open it.'),
    filters,
    graph.nodes.length ? container : empty('No entities of these types yet.'),
    graph.nodes.length
      ? section('Entities in this graph', h('div', { class: 'chips' }, graph.nodes.map((n) => entityChip(n, n.documents))))
      : null,
  ]);
  if (!graph.nodes.length) return;

  let cy: cytoscape.Core | undefined;
  root.addEventListener('view:shown', () => {
    const colour = (t: string) => cssVar(`--${t.toLowerCase()}`) || '#64748b';
    const maxMentions = Math.max(...graph.nodes.map((n) => n.mentions));
    cy = cytoscape({
      container,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.key, label: n.name, type: n.type, size: 18 + 34 * Math.sqrt(n.mentions / maxMentions), colour: colour(n.type) } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, weight: e.weight, label: e.kind === 'event' ? e.label : '' } })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 12, 'font-family': 'system-ui, "Liberation Sans", sans-serif', color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': '120px', 'text-outline-color': '#fff', 'text-outline-width': 2, 'border-width': 2, 'border-color': '#fff' } },
        { selector: 'edge[kind = "co-mention"]', style: { width: 'mapData(weight, 1, 8, 1, 6)', 'line-color': '#b8c2cc', 'curve-style': 'haystack', opacity: 0.8 } },
        { selector: 'edge[kind = "event"]', style: { width: 2.5, 'line-color': cssVar('--event') || '#b44d12', 'target-arrow-color': cssVar('--event') || '#b44d12', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, color: cssVar('--event') || '#b44d12', 'text-background-color': '#fff', 'text-background-opacity': 1, 'text-background-padding': '2px', 'text-rotation': 'autorotate' } },
        { selector: 'node:selected', style: { 'border-color': '#102a43', 'border-width': 3 } },
      ],
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 60, gravity: 0.25, componentSpacing: 80, padding: 30, randomize: false },
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 4,
    });
    cy.on('tap', 'node', (ev) => {
      location.hash = entityHref(ev.target.id() as string);
    });
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
  }, { once: true });
  onLeave(() => cy?.destroy());
}
