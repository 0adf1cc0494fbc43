// The graph at first sight, in a real browser: every name shown lies inside the frame and no two
// visible labels cover each other, on a desktop and on a phone; linked names stay near each other;
// "Show N more names" brings the rest in, still inside the frame; no name's label is drawn over
// another name's node. The graph is a made-up one of 40 names in four groups with long names
// (page.route answers /api/graph): the test is about layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { GraphView } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** Four groups of ten names, each name linked to the next two of its group, and one name per group to the next group. */
function madeUpGraph(): GraphView {
  const words = ['Northbridge', 'Harbour Authority', 'Valmont', 'Eastern Fisheries Council', 'Corvin', 'Lakeshore', 'Ministry of Rivers', 'Tallowmere', 'Brightwater Trust', 'Osterby'];
  const types = ['PER', 'ORG', 'LOC'];
  const nodes = Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, name: `${words[i % 10]} ${'ABCD'[Math.floor(i / 10)]}`, type: types[i % 3], mentions: 40 - i, documents: 1 + (i % 4) }));
  const edges: GraphView['edges'] = [];
  for (let g = 0; g < 4; g++) {
    for (let i = 0; i < 10; i++)
      for (const step of [1, 2]) if (i + step < 10) edges.push({ source: `k${g * 10 + i}`, target: `k${g * 10 + i + step}`, kind: 'co-mention', weight: 1 + (i % 3), label: '' });
    edges.push({ source: `k${g * 10}`, target: `k${((g + 1) % 4) * 10}`, kind: 'co-mention', weight: 1, label: '' });
  }
  return { nodes, edges };
}

interface Sight { shown: number; outside: number; overlaps: string[]; overNodes: string[]; linkedOverFrame: number; unlinkedOverFrame: number }

/** What the graph shows now: names whose label is not wholly inside the frame, visible labels that overlap, visible labels over another name's node, and how far apart linked and unlinked names lie (mean distance over the frame's diagonal). */
async function sight(): Promise<Sight> {
  return web.page.evaluate(() => {
    const canvas = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    // The cytoscape instance cytoscape keeps on its container: the labels are drawn on a canvas.
    const cy = canvas._cyreg.cy;
    const [w, h] = [canvas.clientWidth, canvas.clientHeight];
    const boxes: Array<{ name: string; x1: number; y1: number; x2: number; y2: number }> = [];
    let outside = 0;
    for (const n of cy.nodes()) {
      const b = n.renderedBoundingBox({ includeNodes: true, includeEdges: false, includeLabels: true });
      if (b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h) outside++;
      if (Number(n.style('text-opacity')) > 0) boxes.push({ name: n.data('label'), ...n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) });
    }
    const hit = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (hit(boxes[i], boxes[j])) overlaps.push(`${boxes[i].name} / ${boxes[j].name}`);
    const overNodes: string[] = [];
    for (const n of cy.nodes()) {
      const body = n.renderedBoundingBox({ includeLabels: false, includeEdges: false });
      for (const b of boxes) if (b.name !== n.data('label') && hit(b, body)) overNodes.push(`${b.name} over ${n.data('label')}`);
    }
    const nodes = cy.nodes().toArray();
    const dist = (a: any, b: any) => Math.hypot(a.renderedPosition().x - b.renderedPosition().x, a.renderedPosition().y - b.renderedPosition().y);
    let [linked, nLinked, unlinked, nUnlinked] = [0, 0, 0, 0];
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        if (nodes[i].edgesWith(nodes[j]).length) (linked += dist(nodes[i], nodes[j]), nLinked++);
        else (unlinked += dist(nodes[i], nodes[j]), nUnlinked++);
      }
    const diag = Math.hypot(w, h);
    return { shown: nodes.length, outside, overlaps, overNodes, linkedOverFrame: linked / nLinked / diag, unlinkedOverFrame: unlinked / nUnlinked / diag };
  });
}

test('at first sight every name of the graph lies inside the frame, no visible labels overlap, and linked names stay close; on a desktop and on a phone', { skip }, async () => {
  await web.page.route('**/api/graph?*', (route: Route) => route.fulfill({ json: madeUpGraph() }));
  try {
    for (const [width, height] of [[1280, 800], [390, 844]] as const) {
      await web.page.setViewportSize({ width, height });
      await web.page.goto('about:blank');
      await web.page.goto(`${web.server.url}/#/graph`);
      // A hang guard, not a speed check: a busy shared machine may take long to render a view.
      await web.page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
      const first = await sight();
      assert.ok(first.shown >= 12 && first.shown <= 40, `${width}px: ${first.shown} names`);
      assert.equal(first.outside, 0, `${width}px: ${first.outside} names outside the frame`);
      assert.deepEqual(first.overlaps, [], `${width}px: overlapping labels`);
      assert.deepEqual(first.overNodes, [], `${width}px: labels over another name's node`);
      assert.ok(first.linkedOverFrame < first.unlinkedOverFrame * 0.75, `${width}px: linked names lie ${first.linkedOverFrame.toFixed(2)} apart, others ${first.unlinkedOverFrame.toFixed(2)}`);
      assert.equal(await web.page.locator('.graph-names button').count(), first.shown, 'the list under the graph names what it shows');
      if (first.shown < 40) {
        await web.page.locator('.graph-more').click();
        await web.page.waitForSelector('.graph-canvas[data-nodes="40"]');
        // the most mentioned name keeps a label in any case (graph-biggest-label.test.ts): ringed by names
        // on every side (all 40 names in this frame), the names its label would cover are moved clear of it
        const all = await sight();
        assert.equal(all.outside, 0, `${width}px, all names: ${all.outside} outside the frame`);
        assert.deepEqual(all.overlaps, [], `${width}px, all names: overlapping labels`);
        assert.deepEqual(all.overNodes, [], `${width}px, all names: labels over another name's node (the most mentioned name's too)`);
        assert.equal(await web.page.locator('.graph-more').isVisible(), false);
      }
    }
  } finally {
    await web.page.unrouteAll();
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('a name whose label is hidden to spare a more mentioned one shows it when selected', { skip }, async () => {
  await web.page.route('**/api/graph?*', (route: Route) => route.fulfill({ json: madeUpGraph() }));
  try {
    await web.page.setViewportSize({ width: 390, height: 844 });
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/graph`);
    await web.page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
    await web.page.locator('.graph-more').click();
    await web.page.waitForSelector('.graph-canvas[data-nodes="40"]');
    const hidden = await web.page.evaluate(() => (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy.nodes('.label-hidden').map((n: any) => n.id() as string));
    assert.ok(hidden.length > 0, '40 names on a phone leave some labels hidden');
    await web.page.locator(`.graph-names button[data-key="${hidden[0]}"]`).click();
    const shown = await web.page.evaluate((key) => Number((document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy.getElementById(key).style('text-opacity')), hidden[0]);
    assert.equal(shown, 1);
  } finally {
    await web.page.unrouteAll();
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('a name whose label has no free place is hidden, not drawn over another name\'s node', { skip }, async () => {
  // Three names; the layout is then set by hand so that the most mentioned one has a name's node
  // right where its label would go below it and another right where it would go above it.
  const three: GraphView = {
    nodes: ['Quillon Reach', 'Marta Ostrava', 'Sellwick Board'].map((name, i) => ({ key: `q${i}`, name, type: 'ORG', mentions: 3 - i, documents: 1 })),
    edges: [{ source: 'q0', target: 'q1', kind: 'co-mention', weight: 1, label: '' }, { source: 'q0', target: 'q2', kind: 'co-mention', weight: 1, label: '' }],
  };
  await web.page.route('**/api/graph?*', (route: Route) => route.fulfill({ json: three }));
  try {
    await web.page.setViewportSize({ width: 1280, height: 800 });
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/graph`);
    await web.page.waitForSelector('.graph-canvas[data-nodes="3"]', { timeout: 120_000 });
    await web.page.evaluate(() => {
      const canvas = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
      const cy = canvas._cyreg.cy;
      const [top, below, above] = ['q0', 'q1', 'q2'].map((k) => cy.getElementById(k));
      const centre = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
      top.renderedPosition(centre);
      const body = top.renderedBoundingBox({ includeLabels: false, includeEdges: false });
      const label = top.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      // The middle of where its label goes below (and, mirrored, above) the node.
      const gap = top.hasClass('label-above') ? body.y1 - label.y2 : label.y1 - body.y2;
      const reach = (body.y2 - body.y1) / 2 + gap + (label.y2 - label.y1) / 2;
      below.renderedPosition({ x: centre.x, y: centre.y + reach });
      above.renderedPosition({ x: centre.x, y: centre.y - reach });
      // The label pass runs again on a change of selection.
      above.select();
      above.unselect();
    });
    const now = await sight();
    assert.deepEqual(now.overNodes, [], 'labels over another name\'s node');
    assert.deepEqual(now.overlaps, [], 'overlapping labels');
  } finally {
    await web.page.unrouteAll();
  }
});
