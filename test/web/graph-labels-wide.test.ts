// On wider windows the demo graph shows more names and its clusters are denser: at 1440×900 Izmir
// (its node on Ankara's) and Tunisia (ringed by the EU's neighbours), and at 1920×1080 Mauritania,
// had no free place beside their node nor on a leader line, and stood unlabelled. Such a name is now
// moved a short way to where its node and label fit (graph-nudge.ts), and every name is labelled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';
import { labelCensus } from './graph-label-census.js';
import { nudge } from '../../src/web/lib/graph-nudge.js';

const box = (x: number, y: number, w: number, h: number) => ({ x1: x, y1: y, x2: x + w, y2: y + h });

test('a boxed-in name moves the shortest way to where its node and label are clear', () => {
  // a node of 20 px with its label below, a neighbour's node touching it on the left
  const body = box(100, 100, 20, 20);
  const label = box(90, 122, 40, 16);
  const frame = { width: 400, height: 300 };
  const d = nudge(body, label, { frame, nodes: [box(78, 100, 20, 20)], labels: [], leaders: [] });
  assert.ok(d, 'a place is found');
  assert.ok(Math.hypot(d.x, d.y) <= 28, `a short move (${d.x.toFixed(1)}, ${d.y.toFixed(1)})`);
  // walled in by labels on every side, with no room to move: it stays
  const walls = [box(0, 0, 400, 98), box(0, 140, 400, 160), box(0, 0, 88, 300), box(132, 0, 268, 300)];
  assert.equal(nudge(body, label, { frame, nodes: [], labels: walls, leaders: [] }), null);
});

const web = demoCorpusSuite();

test('every name of the demo graph is labelled at 1440×900 and 1920×1080, without overlaps', { skip, timeout: 600_000 }, async () => {
  try {
    for (const [w, h] of [[1440, 900], [1920, 1080]]) {
      const c = await labelCensus(web, w, h);
      assert.ok(c.nodes > 24, `${w}×${h}: more names than at 1280×800 (the denser case tested)`);
      assert.equal(c.labelled, c.nodes, `${w}×${h}: every name is labelled`);
      assert.equal(c.lines, c.leaders, `${w}×${h}: each label set away has its line drawn`);
      assert.deepEqual(c.overlaps, [], `${w}×${h}: no two labels overlap`);
      assert.deepEqual(c.covering, [], `${w}×${h}: no label is drawn over another name's node`);
      assert.equal(c.note, '', `${w}×${h}: no note of names without a label`);
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
