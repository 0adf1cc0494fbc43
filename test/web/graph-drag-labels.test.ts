// A name dragged on the graph: its label and its neighbours' had stayed where the label pass put
// them before the drag, so a label could end over another name's node or another label. Let go,
// the labels are placed again. The drag here is the mouse's: pressed on a node, moved, released.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

interface Clash { labels: string[]; covered: string[] }

/** Drawn labels that overlap each other, and drawn labels over another name's node (the most mentioned name may keep one there: graph-labels.ts). */
function clashes(): Promise<Clash> {
  return web.page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
    const drawn = (n: any) => Number(n.style('text-opacity')) > 0;
    const label = (n: any) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const body = (n: any) => n.renderedBoundingBox({ includeLabels: false, includeEdges: false });
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const nodes = cy.nodes().toArray();
    const top = [...nodes].sort((a: any, b: any) => b.data('mentions') - a.data('mentions'))[0];
    const shown = nodes.filter(drawn);
    const labels: string[] = [];
    shown.forEach((a: any, i: number) => {
      for (const b of shown.slice(i + 1)) if (hit(label(a), label(b))) labels.push(`${a.data('label')} / ${b.data('label')}`);
    });
    const covered: string[] = [];
    for (const a of shown) if (a !== top) for (const b of nodes) if (b !== a && hit(label(a), body(b))) covered.push(`${a.data('label')} over ${b.data('label')}`);
    return { labels, covered };
  });
}

test('a name dragged onto another’s label: once let go, no label overlaps another or lies over a node', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/graph`);
  await page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
  assert.deepEqual(await clashes(), { labels: [], covered: [] }, 'none before the drag');
  // two names other than the most mentioned, the one with a drawn label below its node
  const pick = await page.evaluate(() => {
    const canvas = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    const cy = canvas._cyreg.cy;
    const frame = canvas.getBoundingClientRect();
    const nodes = cy.nodes().toArray().sort((a: any, b: any) => b.data('mentions') - a.data('mentions')).slice(1);
    const labelled = nodes.find((n: any) => Number(n.style('text-opacity')) > 0);
    const mover = nodes.find((n: any) => n !== labelled);
    const from = mover.renderedPosition();
    const to = labelled.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    return { mover: mover.data('label') as string, onto: labelled.data('label') as string, from: { x: frame.left + from.x, y: frame.top + from.y }, to: { x: frame.left + (to.x1 + to.x2) / 2, y: frame.top + (to.y1 + to.y2) / 2 } };
  });
  await page.mouse.move(pick.from.x, pick.from.y);
  await page.mouse.down();
  await page.mouse.move(pick.to.x, pick.to.y, { steps: 12 });
  await page.mouse.up();
  const moved = await page.evaluate((name) => {
    const canvas = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    const frame = canvas.getBoundingClientRect();
    const p = canvas._cyreg.cy.nodes().filter((n: any) => n.data('label') === name)[0].renderedPosition();
    return { x: frame.left + p.x, y: frame.top + p.y };
  }, pick.mover);
  assert.ok(Math.hypot(moved.x - pick.to.x, moved.y - pick.to.y) < 4, `${pick.mover} was dragged onto ${pick.onto}’s label`);
  assert.deepEqual(await clashes(), { labels: [], covered: [] }, `after dragging ${pick.mover} onto ${pick.onto}’s label`);
});
