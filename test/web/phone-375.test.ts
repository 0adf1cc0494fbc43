// Every page of the demo corpus at 375 px wide (a small phone): nothing runs past the screen's right
// edge (an element wider than the screen, outside a box that scrolls it), the library's number cards
// leave its articles room in the first screen (six tall cards of a number over a wrapped label took
// 44% of it) and the timeline's intro stays short (six lines of 25 px above its filters).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, EventItem, Page } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();
const [WIDTH, HEIGHT] = [375, 812];

/** Elements of the page reaching past the screen's right edge (a skip link waits off its left), outside any box that scrolls or clips them. */
async function overflowing(): Promise<string[]> {
  return web.page.evaluate((width) => {
    const out: string[] = [];
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.width && b.right > width + 0.5 && !clipped(el)) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(b.left)}–${Math.round(b.right)})`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    return out;
  }, WIDTH);
}

const height = (selector: string) => web.page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().height);

test('at 375 px no page runs past the screen, and the library and timeline keep their first screen', { skip, timeout: 600_000 }, async () => {
  const entity = (await web.json<Page<EntityItem>>('/api/entities?limit=1')).items[0]!;
  const doc = (await web.json<Page<{ id: string }>>('/api/documents?limit=1')).items[0]!;
  const event = (await web.json<Page<EventItem>>('/api/events?limit=1')).items[0]!;
  const pages = ['#/', '#/search?q=police', '#/entities', `#/entity/${encodeURIComponent(entity.key)}`, '#/timeline', '#/map', '#/graph', '#/claims', `#/doc/${encodeURIComponent(doc.id)}`, `#/event/${encodeURIComponent(event.key)}`];
  await web.page.setViewportSize({ width: WIDTH, height: HEIGHT });
  try {
    for (const hash of pages) {
      await web.open(hash);
      assert.deepEqual(await overflowing(), [], hash);
      if (hash === '#/') assert.ok((await height('.stats')) <= 0.3 * HEIGHT, `the library's cards take ${Math.round(await height('.stats'))} px of ${HEIGHT}`);
      if (hash === '#/timeline') assert.ok((await height('.page-header .subtitle')) <= 0.17 * HEIGHT, `the timeline's intro takes ${Math.round(await height('.page-header .subtitle'))} px`);
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('at 375 px a row of tabs stays one row: no tab is left alone on a second line', { skip, timeout: 300_000 }, async () => {
  await web.page.setViewportSize({ width: WIDTH, height: HEIGHT });
  try {
    for (const hash of ['#/', '#/claims?filter=all', '#/entities']) {
      await web.open(hash, '#main[data-ready] .segmented');
      const rows = await web.page.locator('.segmented').first().evaluate((bar) => [...bar.children].map((tab) => Math.round(tab.getBoundingClientRect().top)));
      assert.ok(rows.length >= 3, `${hash}: tabs drawn`);
      assert.equal(new Set(rows).size, 1, `${hash}: tabs at ${rows.join(', ')}`);
      assert.deepEqual(await overflowing(), [], hash);
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
