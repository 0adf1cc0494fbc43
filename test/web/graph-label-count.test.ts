// Every name whose label fits somewhere without covering another label or node carries one: on the
// demo corpus five of twenty-four names stood unlabelled at 1280×800 (no free place below, above,
// beside or at a corner of their node) with room in the frame. Such a label is now set a little
// away on a dashed leader line drawn from its node; no two labels overlap, no label covers another
// name's node, and each leader is drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';
import { labelCensus } from './graph-label-census.js';

const web = demoCorpusSuite();

test('every name of the demo graph is labelled, on a desktop and on a phone, without overlaps', { skip, timeout: 600_000 }, async () => {
  let leaders = 0;
  try {
    for (const [w, h] of [[1280, 800], [390, 844]]) {
      const c = await labelCensus(web, w, h);
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
