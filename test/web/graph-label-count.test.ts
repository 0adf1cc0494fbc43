// Every name whose label fits somewhere without covering another label or node carries one: on the
// demo corpus five of twenty-four names stood unlabelled at 1280×800 (no free place below, above,
// beside or at a corner of their node) with room in the frame. Such a label is now set a little
// away on a dashed leader line drawn from its node; no two labels overlap, no label covers another
// name's node, and each leader is drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

interface Count { nodes: number; labelled: number; leaders: number; lines: number; overlaps: string[]; covering: string[]; note: string }

async function count(width: number, height: number): Promise<Count> {
  await web.page.setViewportSize({ width, height });
  await web.open('#/graph', '.graph-canvas[data-nodes]');
  return web.page.evaluate(async () => {
    // the leader lines are drawn with the next frame after the label pass
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const canvas = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    const cy = canvas._cyreg.cy;
    const nodes = cy.nodes().toArray();
    const drawn = nodes.filter((n: any) => Number(n.style('text-opacity')) > 0);
    const label = (n: any) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const body = (n: any) => n.renderedBoundingBox({ includeLabels: false, includeEdges: false });
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const overlaps: string[] = [];
    const covering: string[] = [];
    drawn.forEach((a: any, i: number) => {
      for (const b of drawn.slice(i + 1)) if (hit(label(a), label(b))) overlaps.push(`${a.data('label')} / ${b.data('label')}`);
      for (const b of nodes) if (b !== a && hit(label(a), body(b))) covering.push(`${a.data('label')} over ${b.data('label')}`);
    });
    return {
      nodes: nodes.length,
      labelled: drawn.length,
      leaders: cy.nodes('.label-leader').length,
      lines: canvas.querySelectorAll('.graph-leaders line').length,
      overlaps,
      covering,
      note: document.querySelector('.graph-label-note')?.textContent ?? '',
    };
  });
}

test('every name of the demo graph is labelled, on a desktop and on a phone, without overlaps', { skip, timeout: 600_000 }, async () => {
  let leaders = 0;
  try {
    for (const [w, h] of [[1280, 800], [390, 844]]) {
      const c = await count(w, h);
      leaders += c.leaders;
      assert.ok(c.nodes >= 12, `${w}×${h}: a graph of the most mentioned names is drawn`);
      assert.equal(c.labelled, c.nodes, `${w}×${h}: every name is labelled (${c.leaders} on a leader line)`);
      assert.equal(c.lines, c.leaders, `${w}×${h}: each label set away has its line drawn`);
      assert.deepEqual(c.overlaps, [], `${w}×${h}: no two labels overlap`);
      assert.deepEqual(c.covering, [], `${w}×${h}: no label is drawn over another name's node`);
      assert.equal(c.note, '', `${w}×${h}: no note of names without a label`);
    }
    assert.ok(leaders > 0, 'some label is set away on a leader line (the case tested)');
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
