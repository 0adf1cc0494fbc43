// Every page has one h1 and its headings never skip a level (h1 → h3), so a screen reader's list of
// headings reads as an outline. The search page's facet headings (h3) came before its results'
// heading (h2), right under the page's h1; an error page had an h2 and no h1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** The levels and texts of the headings a reader is given (hidden ones left out; visually hidden kept). */
async function outline(hash: string): Promise<Array<[number, string]>> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  // a hang guard, not a speed check
  await web.page.waitForSelector('#main[data-ready]', { timeout: 120_000 });
  return web.page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((e) => e.checkVisibility({ visibilityProperty: true }) || e.classList.contains('visually-hidden'))
    .map((e): [number, string] => [Number(e.tagName[1]), (e.textContent ?? '').trim()]));
}

test('every page has one h1 and no heading skips a level', { skip, timeout: 600_000 }, async () => {
  const { server, page } = web;
  await page.setViewportSize({ width: 1280, height: 900 });
  const entity = (await server.get('/api/entities?limit=1')).body.items[0].key as string;
  const doc = (await server.get('/api/documents?limit=1')).body.items[0].id as string;
  const event = (await server.get('/api/timeline?limit=1')).body.items[0].key as string;
  const pages = ['#/', '#/entities', `#/entity/${encodeURIComponent(entity)}`, '#/search', '#/search?q=Istanbul', `#/search?entity=${encodeURIComponent(entity)}`,
    '#/claims', '#/claims?filter=all', '#/timeline', '#/map', '#/graph', `#/doc/${doc}`, `#/event/${encodeURIComponent(event)}`, '#/no-such-page', '#/entity/ent_0000000000000000'];
  const faults: string[] = [];
  for (const hash of pages) {
    const headings = await outline(hash);
    const ones = headings.filter(([level]) => level === 1).length;
    if (ones !== 1) faults.push(`${hash}: ${ones} h1`);
    let previous = 0;
    for (const [level, text] of headings) {
      if (level > previous + 1) faults.push(`${hash}: h${previous} then h${level} “${text}”`);
      previous = level;
    }
  }
  assert.deepEqual(faults, []);
  // the search page's facets are open beside the results at this width, under a heading of their own
  const search = await outline('#/search?q=Istanbul');
  assert.ok(search.some(([level, text]) => level === 3 && text === 'Year'), JSON.stringify(search));
});
