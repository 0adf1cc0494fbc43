// The graph's most mentioned name is never left unnamed: on the demo corpus at 1280×800 and
// 390×844 its label was hidden (no free place below or above its node), so the graph's centre
// read as a riddle with a neighbour's label beside it. A label may now also go right or left of
// its node, and the most mentioned name keeps one in any case, over no other name's node (names
// its label would cover are moved clear of it); no drawn labels overlap.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { projectPath } from '../../src/paths.js';
import { fixtureServerSuite, serveFolders, skip, type ServedStore } from './browser.js';

let demo: ServedStore | undefined;
const web = fixtureServerSuite({}, async () => {
  demo = await serveFolders(web.webDir, [projectPath('demo')]);
});
after(async () => {
  await demo?.close();
});

interface Biggest { name: string; drawn: boolean; overlaps: string[]; covers: string[] }

async function biggest(width: number, height: number): Promise<Biggest> {
  await web.page.setViewportSize({ width, height });
  await web.page.goto('about:blank');
  await web.page.goto(`${demo!.url}/#/graph`);
  // A hang guard, not a speed check.
  await web.page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
  return web.page.evaluate(() => {
    // The cytoscape instance cytoscape keeps on its container: the labels are drawn on a canvas.
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
    const drawn = (n: any) => Number(n.style('text-opacity')) > 0;
    const label = (n: any) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const nodes = cy.nodes().toArray();
    const top = [...nodes].sort((a: any, b: any) => b.data('mentions') - a.data('mentions'))[0];
    const shown = nodes.filter(drawn);
    const overlaps: string[] = [];
    shown.forEach((a: any, i: number) => {
      for (const b of shown.slice(i + 1)) if (hit(label(a), label(b))) overlaps.push(`${a.data('label')} / ${b.data('label')}`);
    });
    // the other names whose node its label is drawn over (names moved clear of it leave none)
    const covers = nodes.filter((n: any) => n !== top && hit(label(top), n.renderedBoundingBox({ includeLabels: false, includeEdges: false }))).map((n: any) => n.data('label'));
    return { name: top.data('label'), drawn: drawn(top), overlaps, covers };
  });
}

test('the most mentioned name carries a label on a desktop and on a phone', { skip, timeout: 600_000 }, async () => {
  try {
    for (const [w, h] of [[1280, 800], [390, 844]]) {
      const b = await biggest(w, h);
      assert.ok(b.drawn, `${w}×${h}: ${b.name} is labelled`);
      assert.deepEqual(b.overlaps, [], `${w}×${h}: no two name labels overlap`);
      assert.deepEqual(b.covers, [], `${w}×${h}: ${b.name}'s label is over no other name's node`);
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
