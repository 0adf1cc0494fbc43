// The graph at first sight, in a real browser: the labels of event lines ("arrest", "extradition")
// cover no name, no node and no other such label (one with no free place is hidden until its line
// is hovered or selected), on a desktop and on a phone; and on a 1280×800 desktop the whole graph
// frame is in the first screen, without scrolling, also under the notice for an unknown name. The
// graph is a made-up one (page.route answers /api/graph): names in three groups, linked by
// co-mentions and by many events between neighbours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { GraphView } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** Thirty names in three groups of ten; each name is named with the next two of its group, and most are linked to the next one by an event (some both ways). */
function eventfulGraph(): GraphView {
  const words = ['Port Selwyn', 'Customs Board', 'Mirela Dast', 'Coastal Guard Unit', 'Ardent Shipping', 'Tomas Ferrell', 'Kessing', 'Northern Prosecutors', 'Ilse Varga', 'Bay Council'];
  const types = ['LOC', 'ORG', 'PER'];
  const nodes = Array.from({ length: 30 }, (_, i) => ({ key: `n${i}`, name: `${words[i % 10]} ${'XYZ'[Math.floor(i / 10)]}`, type: types[i % 3], mentions: 30 - i, documents: 1 + (i % 3) }));
  const kinds = ['arrest', 'extradition', 'agreement', 'attack', 'investigation'];
  const edges: GraphView['edges'] = [];
  for (let g = 0; g < 3; g++) {
    for (let i = 0; i < 10; i++) {
      const at = g * 10 + i;
      for (const step of [1, 2]) if (i + step < 10) edges.push({ source: `n${at}`, target: `n${at + step}`, kind: 'co-mention', weight: 1 + (i % 3), label: '' });
      if (i + 1 < 10 && i % 4 !== 3) edges.push({ source: `n${at}`, target: `n${at + 1}`, kind: 'event', weight: 1, label: kinds[(at + g) % kinds.length] });
      if (i % 3 === 0 && i + 1 < 10) edges.push({ source: `n${at + 1}`, target: `n${at}`, kind: 'event', weight: 1, label: kinds[(at + 2) % kinds.length] });
    }
    edges.push({ source: `n${g * 10}`, target: `n${((g + 1) % 3) * 10}`, kind: 'event', weight: 1, label: 'agreement' });
  }
  return { nodes, edges };
}

interface Labels { edgeLabels: number; shownEdgeLabels: number; overlaps: string[] }

/** The labels drawn now (not hidden, and big enough at this zoom to be drawn) and every overlap of an event line's label with a name's label, a node or another line's label. */
async function labels(): Promise<Labels> {
  return web.page.evaluate(() => {
    // The cytoscape instance cytoscape keeps on its container: the labels are drawn on a canvas.
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
    const drawn = (e: any) => Boolean(e.style('label')) && Number(e.style('text-opacity')) > 0 && parseFloat(e.style('font-size')) * cy.zoom() >= parseFloat(e.style('min-zoomed-font-size'));
    const box = (e: any, what: 'label' | 'body') => ({ name: e.isNode() ? e.data('label') : `${e.data('label')} (${e.source().data('label')} → ${e.target().data('label')})`,
      ...e.renderedBoundingBox(what === 'label' ? { includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false } : { includeLabels: false, includeEdges: false }) });
    const edges = cy.edges().filter((e: any) => e.data('label'));
    const edgeLabels = edges.filter(drawn).map((e: any) => box(e, 'label'));
    const others = [...cy.nodes().filter(drawn).map((n: any) => box(n, 'label')), ...cy.nodes().map((n: any) => ({ ...box(n, 'body'), name: `node ${n.data('label')}` }))];
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const overlaps: string[] = [];
    edgeLabels.forEach((a: any, i: number) => {
      for (const b of [...edgeLabels.slice(i + 1), ...others]) if (hit(a, b)) overlaps.push(`${a.name} / ${b.name}`);
    });
    return { edgeLabels: edges.length, shownEdgeLabels: edgeLabels.length, overlaps };
  });
}

async function openGraph(width: number, height: number, hash = '#/graph'): Promise<void> {
  await web.page.setViewportSize({ width, height });
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
}

test('the label of an event line covers no name, no node and no other such label at first sight, on a desktop and on a phone; a hidden one shows when its line is selected', { skip }, async () => {
  await web.page.route('**/api/graph?*', (route: Route) => route.fulfill({ json: eventfulGraph() }));
  try {
    for (const [width, height] of [[1280, 800], [390, 844]] as const) {
      await openGraph(width, height);
      const first = await labels();
      assert.ok(first.edgeLabels >= 8, `${width}px: ${first.edgeLabels} event lines in the first view`);
      assert.ok(first.shownEdgeLabels >= 2, `${width}px: only ${first.shownEdgeLabels} of ${first.edgeLabels} event labels shown`);
      assert.deepEqual(first.overlaps, [], `${width}px: overlapping labels`);
      await web.page.locator('.graph-more').click();
      await web.page.waitForSelector('.graph-canvas[data-nodes="30"]');
      assert.deepEqual((await labels()).overlaps, [], `${width}px, all names: overlapping labels`);
    }
    // The phone, all names: some event labels have no free place; selecting the line shows its label.
    const hidden = await web.page.evaluate(() => (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy.edges('.label-hidden').map((e: any) => e.id() as string));
    assert.ok(hidden.length > 0, 'thirty names and their events on a phone leave some event labels hidden');
    const opacity = await web.page.evaluate((id) => {
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
      cy.getElementById(id).select();
      return Number(cy.getElementById(id).style('text-opacity'));
    }, hidden[0]);
    assert.equal(opacity, 1);
  } finally {
    await web.page.unrouteAll();
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('on a 1280×800 desktop the whole graph frame is in the first screen, also when started from a name, and under the notice for a name this knowledge base lacks', { skip }, async () => {
  // The server's answer for a focus no entity has: 404, which the view turns into a notice.
  await web.page.route('**/api/graph?*', (route: Route) => new URL(route.request().url()).searchParams.get('focus') === 'nobody'
    ? route.fulfill({ status: 404, json: { error: 'no entity with this key' } })
    : route.fulfill({ json: eventfulGraph() }));
  try {
    for (const hash of ['#/graph', '#/graph?focus=n5', '#/graph?focus=nobody']) {
      await openGraph(1280, 800, hash);
      if (hash.endsWith('nobody')) assert.equal(await web.page.locator('.graph-unknown').count(), 1, 'the notice is shown');
      const frame = await web.page.locator('.graph-canvas').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, viewport: window.innerHeight };
      });
      assert.ok(frame.bottom <= frame.viewport, `${hash}: the frame spans ${Math.round(frame.top)}–${Math.round(frame.bottom)} px of a ${frame.viewport} px screen`);
    }
  } finally {
    await web.page.unrouteAll();
  }
});

test('a graph whose names no line joins says why, and how to link them', { skip }, async () => {
  // The same names with their co-mentions only: with co-mentions turned off, no line is left.
  const names = eventfulGraph();
  await web.page.route('**/api/graph?*', (route: Route) => route.fulfill({ json: { nodes: names.nodes, edges: names.edges.filter((e) => e.kind === 'co-mention') } }));
  try {
    await web.page.setViewportSize({ width: 1280, height: 800 });
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/graph?co=0`);
    await web.page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
    assert.equal(await web.page.locator('.graph-canvas').getAttribute('data-edges'), '0');
    assert.match(await web.page.locator('.graph-frame-note').innerText(), /no event joins these names.*Co-mentions/i);
  } finally {
    await web.page.unrouteAll();
  }
});
