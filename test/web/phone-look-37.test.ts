// The bundled demo corpus on a phone (390×844), session 37's look as a journalist would take it:
// legend swatches keep their shape beside a wrapped line, an entity's article list keeps a header
// as wide as its rows, segmented tabs share the width, and a sorted heading keeps its arrow.
// Each test says what it showed before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, Page } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

async function onPhone(hash: string, selector: string): Promise<void> {
  await web.page.setViewportSize({ width: 390, height: 844 });
  await web.open(hash, selector);
}

/** Width and height of each legend swatch (the first child of every item) of the legend `selector`. */
async function swatchSizes(selector: string): Promise<Array<{ text: string; width: number; height: number }>> {
  return web.page.locator(`${selector} li`).evaluateAll((items) => items.map((li) => {
    const box = li.firstElementChild!.getBoundingClientRect();
    return { text: li.textContent ?? '', width: Math.round(box.width), height: Math.round(box.height) };
  }));
}

test('on a phone the map and timeline legends keep round dots beside a wrapped line', { skip, timeout: 300_000 }, async () => {
  // Before: a legend line that wrapped squeezed its dot into an oval (10×14 px beside
  // "Arrests, courts and sanctions: …", 11×14 beside "A place named in the articles …").
  try {
    for (const [hash, legend] of [['#/timeline', '.timeline-legend'], ['#/map', '.map-legend']] as const) {
      await onPhone(hash, `#main[data-ready] ${legend} li`);
      const sizes = await swatchSizes(legend);
      assert.ok(sizes.length >= 4, `${hash}: legend drawn`);
      const round = sizes.filter((s) => !/month or year|country named/i.test(s.text));
      for (const s of round) assert.equal(s.width, s.height, `${hash}: the dot beside "${s.text}" is ${s.width}×${s.height}`);
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('on a phone the header of an entity’s article list is as wide as its rows', { skip, timeout: 300_000 }, async () => {
  // Before: the header's grey band stopped after "MENTIONS", about 60 px short of the rows' right edge.
  try {
    const all = await web.json<Page<EntityItem>>('/api/entities?limit=500');
    const goma = all.items.find((e) => e.name === 'Goma');
    assert.ok(goma, 'the demo names Goma');
    await onPhone(`#/entity/${encodeURIComponent(goma.key)}`, '#main[data-ready] .entity-docs tbody tr');
    const { head, row } = await web.page.locator('.entity-docs').evaluate((table) => ({
      head: table.querySelector('thead tr')!.getBoundingClientRect().width,
      row: table.querySelector('tbody tr')!.getBoundingClientRect().width,
    }));
    assert.ok(Math.abs(head - row) < 2, `header ${head.toFixed(0)} px wide, rows ${row.toFixed(0)} px`);
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

/** For each line of tabs in the segmented control `selector`: the tabs on it and the gap left after its last tab. */
async function tabLines(selector: string): Promise<Array<{ tabs: string[]; slack: number }>> {
  return web.page.locator(selector).evaluate((bar) => {
    const style = getComputedStyle(bar);
    const inner = bar.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const lines = new Map<number, Array<{ text: string; right: number }>>();
    for (const tab of Array.from(bar.children)) {
      const box = tab.getBoundingClientRect();
      const top = Math.round(box.top);
      lines.set(top, [...(lines.get(top) ?? []), { text: (tab.textContent ?? '').trim(), right: box.right }]);
    }
    return [...lines.values()].map((tabs) => ({ tabs: tabs.map((t) => t.text), slack: Math.round(inner - Math.max(...tabs.map((t) => t.right))) }));
  });
}

test('on a phone the entity-type tabs fit one line and the claims tabs fill every line they take', { skip, timeout: 300_000 }, async () => {
  // Before: "Other" fell alone to a second line of the entities' tabs, and "All figures" to a second
  // line of the claims' tabs, beside a grey band as wide as the page.
  try {
    await onPhone('#/entities', '#main[data-ready] .segmented a');
    const entityLines = await tabLines('.segmented');
    assert.equal(entityLines.length, 1, `entity types: ${JSON.stringify(entityLines)}`);
    await onPhone('#/claims', '#main[data-ready] .segmented a');
    for (const line of await tabLines('.segmented')) assert.ok(line.slack < 2, `claims: ${line.tabs.join(' · ')} leaves ${line.slack} px free`);
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('on a phone a sorted column keeps its arrow on the line of its heading', { skip, timeout: 300_000 }, async () => {
  // Before: the entities table's "ARTICLES" took one line and its "▼" a second line of its own.
  try {
    await onPhone('#/entities', '#main[data-ready] th[aria-sort] a');
    const heading = web.page.locator('th[aria-sort] a');
    const lines = await heading.evaluate((a) => new Set(Array.from(a.getClientRects(), (r) => Math.round(r.top))).size);
    assert.equal(lines, 1, `"${await heading.innerText()}" takes ${lines} lines`);
    const overflow = await web.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the table runs ${overflow} px past the screen`);
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
