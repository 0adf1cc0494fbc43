// Graph: entities linked when named close together (grey, thicker = more often) and by event roles
// (coloured arrows from actor to target). Start from the most mentioned entities or from one
// entity; a node shows a preview (open it, or expand its neighbours into the graph); an edge shows
// its evidence: the sentences naming both and the events joining them. Nationalities are left out
// unless asked for (lib/graph-filters.ts).
import cytoscape from 'cytoscape';
import type { ViewContext } from '../main.js';
import type { EntityItem, GraphEvidence, GraphView } from '../../server/api-types.js';
import { api, ApiError } from '../lib/api.js';
import { append, clear, h, svg } from '../lib/dom.js';
import { ARTICLE_COUNT_NOTE, copiesNote, cssVar, docHref, typeMark, entityHref, eventHref, eventTypeLabel, formatDate, plural, typeBadge } from '../lib/format.js';
import { DEFAULT_GRAPH_FILTERS, GRAPH_FILTERS, graphFilterLabel, graphQuery } from '../lib/graph-filters.js';
import { empty, noArticles, pageHeader, section } from '../lib/ui.js';
import { LinkFilters } from '../lib/link-filters.js';
import { FRAME_PADDING, namesForFrame, stretchToFrame } from '../lib/graph-frame.js';
import { hideCollidingLabels, labelsDisturbedBy, leaderLines, LEADER_CLASS, makeRoomForBiggestLabel, PLACE_CLASSES, SIDE_MARGIN, SLID_CLASS, type LeaderData, type SlideData } from '../lib/graph-labels.js';
import { makeRoomForHiddenNames } from '../lib/graph-nudge.js';

/** The angle between successive names on the starting spiral (radians): no two ever line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Ids for the connection list's evidence boxes, unique on the page. */
let linkIds = 0;

/** Says that the name linked to is not in this knowledge base; on a wider screen it keeps to one line (styles.css), its title the whole text. */
function unknownNotice(key: string): HTMLElement {
  const text = `No name with the key “${key}” is in this knowledge base: showing the most mentioned names instead.`;
  return h('p', { class: 'notice graph-unknown', role: 'status', title: text }, text);
}

export async function graphView({ root, query, onLeave }: ViewContext): Promise<void> {
  // types the graph does not have (a mistyped link) are left out and named; with none left, the usual ones
  const link = new LinkFilters(query);
  const linkTypes = link.list('types', GRAPH_FILTERS, 'a type of name');
  const selected = new Set(linkTypes === null ? (query.has('types') ? [] : DEFAULT_GRAPH_FILTERS) : linkTypes.length ? linkTypes : DEFAULT_GRAPH_FILTERS);
  const showCo = query.get('co') !== '0';
  const asked = query.get('focus') ?? undefined;
  const byMentions = () => api.graph({ ...graphQuery(selected), limit: 40 });
  // A link to a name this knowledge base lacks (another database's, or one merged away) says so
  // and shows the most mentioned names instead of an error page.
  const [started, overview] = await Promise.all([
    asked ? api.graph({ ...graphQuery(selected), limit: 25, focus: asked }).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }) : byMentions(),
    api.overview(),
  ]);
  const unknownFocus = started === null;
  const focus = unknownFocus ? undefined : asked;
  const graph = started ?? (await byMentions());
  document.title = 'Graph · Chronicle';
  const href = (types: Set<string>, co: boolean, f = focus) => `#/graph?types=${[...types].join(',')}${co ? '' : '&co=0'}${f ? `&focus=${encodeURIComponent(f)}` : ''}`;
  const focusNode = focus ? graph.nodes.find((n) => n.key === focus) : undefined;

  const start = h('form', { class: 'inline-form graph-start', role: 'search', 'aria-label': 'Start the graph from a name', onsubmit: (ev: SubmitEvent) => {
    ev.preventDefault();
    const name = String(new FormData(ev.target as HTMLFormElement).get('name') ?? '').trim();
    if (!name) return void (location.hash = href(selected, showCo, ''));
    void api.entities({ q: name, limit: 1 }).then((p) => {
      if (p.items[0]) location.hash = href(selected, showCo, p.items[0].key);
      else panel.replaceChildren(h('p', {}, `No entity is called “${name}”.`));
    });
  } },
    h('label', { for: 'graph-start' }, 'Start from'),
    h('input', { id: 'graph-start', name: 'name', type: 'search', placeholder: 'A name', value: focusNode?.name ?? '' }),
    h('button', { type: 'submit', class: 'button' }, 'Show'),
    focus ? h('a', { href: href(selected, showCo, '') }, 'Most mentioned instead') : null,
  );
  const filters = h('div', { class: 'toolbar', role: 'group', 'aria-label': 'Filter the graph' },
    GRAPH_FILTERS.map((t) => {
      const next = new Set(selected);
      if (next.has(t)) next.delete(t);
      else next.add(t);
      return h('a', { class: `toggle-chip chip-${t === 'NAT' ? 'MISC' : t}`, href: href(next.size ? next : selected, showCo), 'aria-pressed': selected.has(t) ? 'true' : 'false', role: 'button' },
        graphFilterLabel(t));
    }),
    h('span', { class: 'spacer' }),
    h('a', { class: 'toggle-chip', role: 'button', href: href(selected, !showCo), 'aria-pressed': showCo ? 'true' : 'false' }, 'Co-mentions'),
    h('span', { class: 'legend-line legend-event', 'aria-hidden': 'true' }), h('span', { class: 'muted small' }, 'event: actor → target'),
  );
  const container = h('div', { class: 'graph-canvas', 'aria-hidden': 'true' });
  // The keyboard and screen-reader way through the graph: every name is a button that previews it.
  const nameList = h('ul', { class: 'chips graph-names' });
  // Said right under the frame (on a phone it sat below the filters and the preview panel, a
  // screen away from the graph it speaks of): styles.css puts it there at every width.
  const labelNote = h('p', { class: 'muted small graph-label-note' });
  // Its numbers count articles, as the library's do: said, and the list ordered on them (ordered by
  // mentions, "Brazil 46" stood before "Japan 79" with nothing to say what either counts).
  const names = section('Names in this graph', h('p', { class: 'muted small' }, ARTICLE_COUNT_NOTE), nameList);
  const panel = h('aside', { class: 'graph-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select a name to preview it, or a line to see why the two are linked.'));
  // The first view shows as many names as the frame has room for and fits them in; zooming in or
  // dragging can take names out of the frame again: say how many, and give the way back.
  const frameNote = h('p', { class: 'muted small graph-frame-note', role: 'status' });
  const moreButton = h('button', { type: 'button', class: 'button graph-more', style: 'display: none', onclick: () => showAll() }, '');
  const tools = h('div', { class: 'map-tools graph-tools', role: 'group', 'aria-label': 'Zoom the graph' },
    h('button', { type: 'button', class: 'button', 'aria-label': 'Zoom in', onclick: () => zoomBy(1.5) }, '+'),
    h('button', { type: 'button', class: 'button', 'aria-label': 'Zoom out', onclick: () => zoomBy(1 / 1.5) }, '−'),
    h('button', { type: 'button', class: 'button', 'data-fit': '', onclick: () => fitWhole() }, 'Whole graph'),
    moreButton,
    frameNote,
  );
  append(root, [
    pageHeader('Graph', focusNode
      ? `${focusNode.name} and the names most often mentioned with it. Select a name to preview or expand it; select a line for the sentences behind it.`
      : 'The most mentioned names, linked when named close together and by who did what to whom in events. Select a name to preview or expand it; select a line for the sentences behind it.'),
    // On a phone the frame comes right after the start form (styles.css: .graph-page), so that it
    // starts in the first screen's upper half; the canvas takes no focus, so tab order still follows the screen.
    h('div', { class: 'graph-page' },
      link.notice(),
      unknownFocus ? unknownNotice(asked ?? '') : null,
      // Starting point and zoom share a row on a desktop, so that the frame is in the first screen.
      h('div', { class: 'graph-controls' }, start, graph.nodes.length ? tools : null),
      filters,
      graph.nodes.length ? h('div', { class: 'graph-layout' }, container, panel, labelNote) : !overview.documents ? noArticles() : empty('No names of these types in the articles.'),
      graph.nodes.length ? names : null,
    ),
  ]);
  if (!graph.nodes.length) return;

  let cy: cytoscape.Core | undefined;
  /** How many names lie outside the frame now (also on the canvas as data-outside, for tests); or,
   *  when no line joins any two names, why (scattered dots alone read as a graph that failed). */
  const noteFrame = () => {
    if (!cy) return;
    const [w, hgt] = [container.clientWidth, container.clientHeight];
    const outside = cy.nodes().filter((n) => {
      const p = n.renderedPosition();
      return p.x < 0 || p.y < 0 || p.x > w || p.y > hgt;
    }).length;
    container.dataset.outside = String(outside);
    const noLines = cy.nodes().length > 1 && !cy.edges().length
      ? showCo ? 'No lines: these names are neither named close together nor joined by an event.' : 'No lines: no event joins these names. Turn on “Co-mentions” to link names named close together.'
      : '';
    frameNote.textContent = outside ? `${plural(outside, 'name')} outside the frame: drag to move the graph, or see the whole graph.` : noLines;
  };
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    noteFrame();
  };
  const known = new Map<string, EntityItem>(graph.nodes.map((n) => [n.key, n]));
  const colour = (t: string) => cssVar(`--${t.toLowerCase()}`) || '#52606d';
  let maxMentions = Math.max(...graph.nodes.map((n) => n.mentions));
  // Each name starts on a sunflower spiral, in the order added: the layout moves names from where they
  // stand, and names standing on one spot are pushed apart at random, so the same graph would be
  // drawn differently on every visit.
  let placed = 0;
  const startAt = () => {
    const i = placed++;
    return { x: 60 * Math.sqrt(i) * Math.cos(i * GOLDEN_ANGLE), y: 60 * Math.sqrt(i) * Math.sin(i * GOLDEN_ANGLE) };
  };
  const nodeData = (n: EntityItem) => ({ data: { id: n.key, label: n.name, type: n.type, mentions: n.mentions, size: 14 + 26 * Math.sqrt(Math.min(1, n.mentions / maxMentions)), colour: colour(n.type) }, position: startAt() });
  const edgeData = (e: GraphView['edges'][number]) => ({ data: { id: `${e.kind}|${e.source}|${e.target}`, source: e.source, target: e.target, kind: e.kind, weight: e.weight, label: e.kind === 'event' ? e.label : '', labelDx: 0, labelDy: 0 } });

  // Pointing at a name in the list, or moving the keyboard's focus to it, marks its node and shows its
  // label (one with no room for it otherwise): the way to tell which unlabelled node is which.
  const mark = (key: string, on: boolean) => cy?.getElementById(key).toggleClass('hover', on).toggleClass('listed', on);
  const listed: EntityItem[] = [];
  /** The name started from, then most articles, most mentions and name: the library's and the entities page's order. */
  const order = (a: EntityItem, b: EntityItem) => Number(b.key === focus) - Number(a.key === focus) || b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name);
  const listName = (n: EntityItem) => {
    const at = listed.findIndex((other) => order(n, other) < 0);
    const item = h('li', {}, h('button', { type: 'button', class: `chip chip-${n.type}`, 'data-key': n.key, title: `${plural(n.documents, 'article')}, ${plural(n.mentions, 'mention')}`, onclick: () => preview(n.key),
      onmouseenter: () => mark(n.key, true), onmouseleave: () => mark(n.key, false), onfocus: () => mark(n.key, true), onblur: () => mark(n.key, false) },
    typeMark(n.type), n.name, h('span', { class: 'chip-count' }, String(n.documents))));
    if (at < 0) return void (listed.push(n), nameList.append(item));
    listed.splice(at, 0, n);
    nameList.insertBefore(item, nameList.children[at]);
  };
  const preview = (key: string) => {
    const n = known.get(key);
    if (!n) return;
    cy?.elements(':selected').unselect();
    cy?.getElementById(key).select();
    const linked = cy ? cy.getElementById(key).connectedEdges().map((e) => ({ other: (e.data('source') === key ? e.data('target') : e.data('source')) as string, kind: e.data('kind') as string })) : [];
    clear(panel);
    append(panel, [
      h('h2', {}, n.name), typeBadge(n.type),
      h('p', {}, `${plural(n.mentions, 'mention')} in ${plural(n.documents, 'article')}`),
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: entityHref(n.key) }, 'Open its page'),
        h('button', { type: 'button', class: 'button', 'data-expand': n.key, onclick: () => void expand(n.key) }, 'Expand its neighbours'),
        h('a', { class: 'button', href: href(selected, showCo, n.key) }, 'Start from here'),
      ),
      linked.length ? [h('h3', {}, 'Linked with'), h('ul', { class: 'plain-list graph-links' }, [...new Map(linked.map((l) => [l.other, l])).values()].map((l) => connection(key, l.other, l.kind)))] : null,
    ]);
  };
  /** One line of the selected name, as a list item that opens its evidence in place: the keyboard's
   *  way to a line (the canvas takes no focus), and the list stays for the next one. */
  const connection = (key: string, other: string, kind: string) => {
    const id = `graph-link-${++linkIds}`;
    const box = h('div', { class: 'graph-link-evidence', id, hidden: true });
    const button = h('button', { type: 'button', class: 'linklike', 'data-evidence': other, 'aria-expanded': 'false', 'aria-controls': id, onclick: async () => {
      const open = box.hidden;
      box.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      if (!open) return;
      // the line on the canvas too, for whoever sees it
      cy?.edges().filter((e) => [e.data('source'), e.data('target')].includes(key) && [e.data('source'), e.data('target')].includes(other)).select();
      if (box.childElementCount) return;
      box.append(h('p', { class: 'muted' }, 'Loading…'));
      const ev = await api.graphEvidence(key, other);
      box.replaceChildren(...evidenceParts(key, other, ev, 'h4'));
    } }, known.get(other)?.name ?? other);
    return h('li', {}, button, h('span', { class: 'muted small' }, kind === 'event' ? ' · in an event' : ' · named together'), box);
  };
  const expand = async (key: string) => {
    const more = await api.graph({ ...graphQuery(selected), limit: 15, focus: key });
    if (!cy) return;
    const added = more.nodes.filter((n) => !cy!.getElementById(n.key).length);
    for (const n of added) known.set(n.key, n);
    addNodes(added, more.edges);
    panel.append(h('p', { class: 'muted', role: 'status' }, added.length ? `${plural(added.length, 'name')} added.` : 'No new names: its neighbours are already shown.'));
  };
  /** Puts names (and the lines between names shown) into the graph and lays it out again. */
  const addNodes = (nodes: EntityItem[], edges: GraphView['edges']) => {
    if (!cy) return;
    nodes.forEach(listName);
    maxMentions = Math.max(maxMentions, ...nodes.map((n) => n.mentions));
    cy.add(nodes.map(nodeData));
    cy.add(edges.filter((e) => (showCo || e.kind === 'event') && cy!.getElementById(e.source).length && cy!.getElementById(e.target).length && !cy!.getElementById(`${e.kind}|${e.source}|${e.target}`).length).map(edgeData));
    arrange();
  };
  const showAll = () => addNodes(graph.nodes.filter((n) => !cy?.getElementById(n.key).length), graph.edges);
  /** Places the labels again: all of them, or only those named in `only` (the rest stay where they are). */
  const relabel = (only?: ReadonlySet<string>) => {
    if (!cy) return;
    container.dataset.labelsHidden = String(hideCollidingLabels(cy, only));
    const unnamed = cy.nodes('.label-hidden').length;
    container.dataset.namesHidden = String(unnamed);
    labelNote.textContent = unnamed ? `${plural(unnamed, 'name')} without room for a label: point at a node or tap it, or point at a name below, to see which it is.` : '';
  };
  const fitWhole = () => {
    if (!cy) return;
    // fit to every name with its label below its node, where the label pass keeps a label it cannot
    // move (hidden or not): a label left above by an earlier pass would be fitted there and then moved
    // back below, out of the frame
    cy.nodes().removeClass(PLACE_CLASSES.join(' '));
    cy.fit(undefined, FRAME_PADDING);
    if (cy.zoom() > 1) (cy.zoom(1), cy.center());
    makeRoomForBiggestLabel(cy);
    relabel();
    // a name still unlabelled moves a short way to where its label fits, and the labels are placed again
    if (makeRoomForHiddenNames(cy)) relabel();
    noteFrame();
  };
  /** Lays the graph out, stretched to the frame's shape and fitted in it, and says what is left out. */
  const arrange = () => {
    if (!cy) return;
    // Fewer iterations than the default: the layout is most of the first render, and 300 settle 40 nodes.
    // No fit of its own (fit: false): fitWhole fits the stretched picture next, a second pass over every label's box.
    cy.layout({ name: 'cose', animate: false, fit: false, numIter: 300, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 60, gravity: 0.25, componentSpacing: 80, padding: 30, randomize: false, nodeDimensionsIncludeLabels: true }).run();
    stretchToFrame(cy, container.clientWidth, container.clientHeight);
    fitWhole();
    const left = graph.nodes.filter((n) => !cy!.getElementById(n.key).length).length;
    moreButton.style.display = left ? '' : 'none';
    moreButton.textContent = `Show ${plural(left, 'more name')}`;
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
  };
  const evidence = async (a: string, b: string) => {
    const [na, nb] = [known.get(a), known.get(b)];
    clear(panel);
    panel.append(h('p', { class: 'muted' }, 'Loading…'));
    const ev = await api.graphEvidence(a, b);
    clear(panel);
    append(panel, [h('h2', {}, `${na?.name ?? a} and ${nb?.name ?? b}`), evidenceParts(a, b, ev, 'h3')]);
  };

  root.addEventListener('view:shown', () => {
    // The most mentioned names the frame has room for (the name started from always among them).
    const room = namesForFrame(container.clientWidth, container.clientHeight, graph.nodes.length);
    const first = [...graph.nodes].sort((a, b) => Number(b.key === focus) - Number(a.key === focus) || b.mentions - a.mentions).slice(0, room);
    cy = cytoscape({
      container,
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 15, 'min-zoomed-font-size': 9, 'font-family': 'system-ui, "Liberation Sans", sans-serif', color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': '140px', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': '2px', 'border-width': 2, 'border-color': '#fff' } },
        // A label with no room below its node goes above it; one with no room at all shows on hover or selection.
        { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
        { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': SIDE_MARGIN } },
        { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -SIDE_MARGIN } },
        // At a corner: the label starts where the node ends, just below or above it.
        { selector: 'node.label-below-right', style: { 'text-valign': 'bottom', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': -2 } },
        { selector: 'node.label-below-left', style: { 'text-valign': 'bottom', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': 2 } },
        { selector: 'node.label-above-right', style: { 'text-valign': 'top', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': -2 } },
        { selector: 'node.label-above-left', style: { 'text-valign': 'top', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': 2 } },
        // Away from its node on a leader line (drawn over the canvas, below): centred on the node, then moved.
        { selector: `node.${LEADER_CLASS}`, style: { 'text-valign': 'center', 'text-halign': 'center', 'text-margin-x': (n: cytoscape.NodeSingular) => (n.data('leader') as LeaderData | null)?.dx ?? 0, 'text-margin-y': (n: cytoscape.NodeSingular) => (n.data('leader') as LeaderData | null)?.dy ?? 0 } },
        // Slid sideways below or above its node: centred on the node, then moved.
        { selector: `node.${SLID_CLASS}`, style: { 'text-valign': 'center', 'text-halign': 'center', 'text-margin-x': (n: cytoscape.NodeSingular) => (n.data('slide') as SlideData | null)?.dx ?? 0, 'text-margin-y': (n: cytoscape.NodeSingular) => (n.data('slide') as SlideData | null)?.dy ?? 0 } },
        { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
        { selector: 'node.label-hidden.hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.85, 'z-index': 10 } },
        { selector: `node[id = ${JSON.stringify(focus ?? '')}]`, style: { 'border-color': '#102a43', 'border-width': 4, 'font-weight': 'bold' } },
        { selector: 'edge[kind = "co-mention"]', style: { width: 'mapData(weight, 1, 8, 1.5, 7)', 'line-color': '#9aa5b1', 'curve-style': 'haystack', opacity: 0.85 } },
        // An event's label is level (easier to read than one along a steep line), slid along its line to a free place.
        { selector: 'edge[kind = "event"]', style: { width: 2.5, 'line-color': cssVar('--event') || '#a8470f', 'target-arrow-color': cssVar('--event') || '#a8470f', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 12, 'min-zoomed-font-size': 9, color: cssVar('--event') || '#a8470f', 'text-background-color': '#fff', 'text-background-opacity': 1, 'text-background-padding': '2px', 'text-margin-x': (e: cytoscape.EdgeSingular) => e.data('labelDx') as number, 'text-margin-y': (e: cytoscape.EdgeSingular) => e.data('labelDy') as number } },
        { selector: 'edge.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
        { selector: 'edge.label-hidden.hover', style: { 'text-opacity': 1, 'text-background-opacity': 1, 'z-index': 10 } },
        { selector: 'node.listed', style: { 'border-color': '#102a43', 'border-width': 4 } },
        { selector: ':selected', style: { 'border-color': '#102a43', 'border-width': 3, 'line-color': '#102a43' } },
      ],
      // No wheelSensitivity: cytoscape's default is tuned across mice and trackpads (a custom value
      // zooms unevenly on common mice, it warns), and the + and − buttons zoom in even steps.
      minZoom: 0.3,
      maxZoom: 4,
      // The page scrolls over the graph; zoom with pinch or the mouse wheel while the graph is selected.
      userZoomingEnabled: true,
    });
    addNodes(first, graph.edges);
    // Leader lines, over the canvas: redrawn with every frame, so they follow panning, zooming and dragging.
    const leaderLayer = svg('svg', { class: 'graph-leaders', 'aria-hidden': 'true' });
    container.append(leaderLayer);
    cy.on('render', () => leaderLayer.replaceChildren(...leaderLines(cy!).map((l) => svg('line', { x1: l.from.x, y1: l.from.y, x2: l.to.x, y2: l.to.y }))));
    cy.on('viewport', () => noteFrame());
    // A selected name or line keeps its label (labels scale with the zoom, so zooming changes no collision).
    cy.on('select unselect', () => relabel());
    // A name dragged onto another's label, or its own label onto another's node, left both where they
    // were: where it is let go, its label, its lines' and those it now collides with are placed again
    // (every other label stays put: far labels jumping about lose the reader), and the frame note
    // counts it in or out.
    cy.on('dragfree', 'node', (ev) => (relabel(labelsDisturbedBy(cy!, ev.target as cytoscape.NodeSingular)), noteFrame()));
    cy.on('mouseover', 'node, edge', (ev) => ev.target.addClass('hover'));
    cy.on('mouseout', 'node, edge', (ev) => ev.target.removeClass('hover'));
    cy.on('tap', 'node', (ev) => preview(ev.target.id() as string));
    cy.on('tap', 'edge', (ev) => void evidence(ev.target.data('source') as string, ev.target.data('target') as string));
    if (focus) preview(focus);
  }, { once: true });
  onLeave(() => cy?.destroy());
}

/** Why two names are linked: how many articles name both, the events joining them and the sentences, each with its link. */
function evidenceParts(a: string, b: string, ev: GraphEvidence, heading: 'h3' | 'h4'): HTMLElement[] {
  const parts: HTMLElement[] = [h('p', {}, `Named together in ${plural(ev.documents, 'article')}${ev.copies ? ` (${copiesNote(ev.copies, 'plus ')})` : ''}. `, h('a', { href: `${entityHref(a)}?with=${encodeURIComponent(b)}` }, 'See them all'))];
  if (ev.events.length) parts.push(h(heading, {}, 'Events joining them'), h('ul', { class: 'plain-list' }, ev.events.map((e) => h('li', {}, h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ', h('a', { href: eventHref(e.key) }, e.title), h('span', { class: 'muted' }, ` · ${formatDate(e.date)}`)))));
  if (ev.sentences.length) parts.push(h(heading, {}, 'Sentences naming both'), h('ul', { class: 'plain-list evidence-list' }, ev.sentences.map((s) => h('li', {}, h('blockquote', { class: 'evidence' }, s.text), h('a', { href: docHref(s.docId, s) }, s.docTitle)))));
  else parts.push(h('p', { class: 'muted' }, 'They are never named in the same sentence; only in the same articles.'));
  return parts;
}
