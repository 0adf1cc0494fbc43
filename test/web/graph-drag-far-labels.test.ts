// A name dragged and let go: only its label, its lines' and the labels it now lands on are placed
// again. Before, every label in the graph was placed again, and labels far from the drag jumped about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

interface Drawn { id: string; box: { x1: number; y1: number; x2: number; y2: number }; hidden: boolean; classes: string }

/** Every name's and line's label as drawn now: its box on screen, whether it is hidden, and its place classes. */
function labels(): Promise<Drawn[]> {
  return web.page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy;
    return cy.elements().toArray().filter((x: any) => x.isNode() || x.data('label')).map((x: any) => {
      const b = x.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false });
      return { id: x.id(), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 }, hidden: x.hasClass('label-hidden'), classes: [...x.classes()].filter((c: string) => c.startsWith('label-')).sort().join(' ') };
    });
  });
}

const gap = (a: Drawn['box'], b: Drawn['box']) => Math.hypot(Math.max(0, a.x1 - b.x2, b.x1 - a.x2), Math.max(0, a.y1 - b.y2, b.y1 - a.y2));

test('a name dragged a little way: labels far from it keep their place, even one set above its node', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/graph`);
  await page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
  // the least mentioned name is dragged 40 px down; the drawn label farthest from it is set above its
  // node, where a label pass over the whole graph would put it back below
  const pick = await page.evaluate(() => {
    const canvas = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    const cy = canvas._cyreg.cy;
    const frame = canvas.getBoundingClientRect();
    const nodes = cy.nodes().toArray().sort((a: any, b: any) => a.data('mentions') - b.data('mentions'));
    const mover = nodes[0];
    const at = mover.renderedPosition();
    const far = nodes.filter((n: any) => n !== mover && !n.hasClass('label-hidden') && !n.edgesWith(mover).length && n.classes().every((c: string) => !c.startsWith('label-')))
      .sort((a: any, b: any) => Math.hypot(b.renderedPosition().x - at.x, b.renderedPosition().y - at.y) - Math.hypot(a.renderedPosition().x - at.x, a.renderedPosition().y - at.y))[0];
    far.addClass('label-above');
    return { mover: mover.id() as string, far: far.id() as string, from: { x: frame.left + at.x, y: frame.top + at.y } };
  });
  const before = await labels();
  const start = before.find((l) => l.id === pick.mover)!;
  await page.mouse.move(pick.from.x, pick.from.y);
  await page.mouse.down();
  await page.mouse.move(pick.from.x, pick.from.y + 40, { steps: 8 });
  await page.mouse.up();
  const after = await labels();
  const end = after.find((l) => l.id === pick.mover)!;
  const moverLines = await page.evaluate((id) => (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } })._cyreg.cy.getElementById(id).connectedEdges().map((e: any) => e.id() as string), pick.mover);
  assert.ok(Math.abs(end.box.y1 - start.box.y1 - 40) < 4 || Math.abs(end.box.y1 - start.box.y1) > 4, 'the name was dragged');
  // labels at least 150 px from where the name was and where it is now, not on its lines
  const far = before.filter((l) => l.id !== pick.mover && !moverLines.includes(l.id) && gap(l.box, start.box) > 150 && gap(l.box, end.box) > 150);
  assert.ok(far.some((l) => l.id === pick.far), 'the label set above its node is among the far ones');
  for (const l of far) {
    const now = after.find((a) => a.id === l.id)!;
    assert.equal(now.hidden, l.hidden, `${l.id} shown or hidden as before`);
    assert.equal(now.classes, l.classes, `${l.id} on the same side of its node`);
    assert.ok(Math.abs(now.box.x1 - l.box.x1) < 0.5 && Math.abs(now.box.y1 - l.box.y1) < 0.5, `${l.id}’s label stayed where it was`);
  }
});
