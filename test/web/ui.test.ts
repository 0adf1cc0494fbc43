// The web UI in a real browser (Debian's chromium via playwright-core) over the fixture corpus.
// Every view is loaded, the key interactions are exercised, and screenshots of each view are
// saved to test-artifacts/screenshots/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { fixtureServer, type TestServer } from '../server/helpers.js';
import { buildUi, chromiumPath, launch } from './browser.js';

const SHOTS = 'test-artifacts/screenshots';
const executable = chromiumPath();
const skip = executable ? false : 'chromium not found at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped';

let server: TestServer;
let context: BrowserContext;
let page: Page;
let webDir: string;
const problems: string[] = [];
const foreignRequests: string[] = [];

before(async () => {
  if (!executable) return;
  webDir = await buildUi();
  server = await fixtureServer({ staticDir: webDir });
  context = await launch(executable);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('request', (req) => {
    if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreignRequests.push(req.url());
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (webDir) rmSync(webDir, { recursive: true, force: true });
});

async function open(hash: string, ready: string): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector(ready, { timeout: 10_000 });
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('library lists the articles and counts', { skip }, async () => {
  await open('#/', '.doc-list');
  assert.equal(await page.locator('.doc-list li').count(), 3);
  assert.match(await page.locator('.stats').innerText(), /3\s+articles/);
  await shot('library');
});

test('reader highlights spans by type; clicking an entity opens its page', { skip }, async () => {
  await open(`#/doc/${server.docIds[0]}`, '.reader-text');
  assert.ok((await page.locator('.reader-text .ann-PER').count()) >= 2);
  assert.equal(await page.locator('.reader-text .ann-event').count(), 2);
  assert.equal(await page.locator('.reader-text .ann-figure').count(), 2);
  assert.equal(await page.locator('.reader-text .ann-time').count(), 1);
  assert.equal(await page.locator('.reader-text .ann-quote').count(), 1);
  assert.equal(await page.locator('.removed-part').count(), 0);
  await shot('reader');
  await page.check('#show-removed');
  assert.equal(await page.locator('.removed-part').count(), 2);
  assert.match(await page.locator('.removed-part').first().innerText(), /cookie notice/i);
  await shot('reader-removed');

  await page.locator('.reader-text a.ann-PER', { hasText: 'Binali Yildirim' }).click();
  await page.waitForSelector('.kwic');
  assert.match(page.url(), /#\/entity\/PER%3Abinali%20yildirim$/);
  assert.match(await page.locator('h1').innerText(), /Binali Yildirim/);
});

test('clicking an event trigger opens the event', { skip }, async () => {
  await open(`#/doc/${server.docIds[1]}`, '.reader-text');
  await page.locator('.reader-text a.ann-event', { hasText: 'arrested' }).click();
  await page.waitForSelector('dl.facts');
  assert.match(await page.locator('dl.facts').innerText(), /16 January 2017/);
  assert.match(await page.locator('dl.facts').innerText(), /Arman Kelesov/);
  await shot('event');
});

test('entity page shows mentions in context, co-mentions, events and quotes', { skip }, async () => {
  await open(`#/entity/${encodeURIComponent('PER:selim aydar')}`, '.kwic');
  assert.equal(await page.locator('.kwic li').count(), 2);
  assert.match(await page.locator('.quote').innerText(), /We will find everyone behind this/);
  assert.ok((await page.locator('.side .chip').count()) >= 3);
  await shot('entity');
  // A mention in context leads back into the reader, at that span.
  await page.locator('.kwic-line a').first().click();
  await page.waitForSelector('.reader-text .flash');
});

test('search shows highlighted snippets and facets that filter', { skip }, async () => {
  await open('#/search?q=Istanbul', '.results');
  assert.equal(await page.locator('.results > li').count(), 2);
  assert.match(await page.locator('.snippet mark').first().innerText(), /istanbul/i);
  assert.ok((await page.locator('.facet').count()) >= 2);
  await shot('search');
  await page.locator('.facet a', { hasText: '2017' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.results > li').length === 1);
  assert.match(await page.locator('.results').innerText(), /nightclub/);
});

test('timeline shows the dated events and lists dates without a year apart', { skip }, async () => {
  await open('#/timeline', '.timeline-svg .tl-event');
  for (const date of ['2016-06-28', '2017-01-01', '2017-01-16']) assert.equal(await page.locator(`.tl-event[data-date="${date}"] circle`).count(), 1, date);
  assert.equal(await page.locator('.tl-event[data-date="2016-07"] rect').count(), 1, 'a month is drawn as a range');
  assert.equal(await page.locator('.tl-event[data-date="2015"] rect').count(), 1, 'a year is drawn as a range');
  const june = await page.locator('.tl-event[data-date="2016-06-28"] circle').boundingBox();
  const jan = await page.locator('.tl-event[data-date="2017-01-01"] circle').boundingBox();
  assert.ok(june && jan && june.x < jan.x, 'time runs left to right');
  assert.match(await page.locator('.undated').innerText(), /21 October \(year unknown\)/);
  await shot('timeline');
  // Zooming in spreads events apart.
  const before = jan!.x - june!.x;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(400);
  const after = (await page.locator('.tl-event[data-date="2017-01-01"] circle').boundingBox())!.x - (await page.locator('.tl-event[data-date="2016-06-28"] circle').boundingBox())!.x;
  assert.ok(after > before * 1.3, `zoomed distance ${after} vs ${before}`);
});

test('map has a marker at Istanbul that lists its events', { skip }, async () => {
  await open('#/map', '.map-svg .marker');
  const marker = page.locator('.marker[data-places*="Istanbul"]');
  assert.equal(await marker.count(), 1);
  const svgBox = (await page.locator('.map-svg').boundingBox())!;
  const box = (await marker.locator('circle').boundingBox())!;
  const fx = (box.x + box.width / 2 - svgBox.x) / svgBox.width;
  const fy = (box.y + box.height / 2 - svgBox.y) / svgBox.height;
  // Istanbul (29°E, 41°N) on a Natural Earth world map: right of centre, upper third.
  assert.ok(fx > 0.55 && fx < 0.62 && fy > 0.2 && fy < 0.32, `Istanbul marker at ${fx.toFixed(3)}, ${fy.toFixed(3)}`);
  await shot('map');
  await marker.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Istanbul/.test(document.querySelector('.map-panel h2')?.textContent ?? ''));
  assert.match(await page.locator('.map-panel').innerText(), /Attack/i);
  await page.waitForTimeout(450);
  await shot('map-zoomed');
});

test('graph draws entities and filters by type', { skip }, async () => {
  await open('#/graph', '.graph-canvas[data-nodes]');
  const nodes = Number(await page.locator('.graph-canvas').getAttribute('data-nodes'));
  assert.ok(nodes >= 10, `${nodes} nodes`);
  assert.ok(Number(await page.locator('.graph-canvas').getAttribute('data-edges')) > 0);
  await page.waitForTimeout(300);
  await shot('graph');
  await open('#/graph?types=PER', '.graph-canvas[data-nodes]');
  assert.equal(Number(await page.locator('.graph-canvas').getAttribute('data-nodes')), 4);
});

test('claims view shows 1,700 next to 2,500, flagged as disputed', { skip }, async () => {
  await open('#/claims', '.claim');
  const claim = page.locator('.claim', { has: page.locator('.figure-value', { hasText: '1,700' }) });
  assert.equal(await claim.count(), 1);
  const values = await claim.locator('.figure-value').allInnerTexts();
  assert.deepEqual(values.sort(), ['1,700', 'about 2,500']);
  assert.match(await claim.locator('.badge-disputed').innerText(), /Disputed/);
  const [a, b] = await Promise.all(['1,700', 'about 2,500'].map((v) => claim.locator('.figure-card', { has: page.locator('.figure-value', { hasText: v }) }).boundingBox()));
  assert.ok(a && b && Math.abs(a.y - b.y) < 2 && a.x !== b.x, 'side by side');
  assert.match(await claim.innerText(), /Human Rights Watch/);
  await shot('claims');
});

test('entities list filters by type', { skip }, async () => {
  await open('#/entities?type=ORG', '.table');
  assert.equal(await page.locator('.table tbody tr').count(), 3);
  await shot('entities');
});

test('keyboard: skip link, tab order through the navigation, visible focus', { skip }, async () => {
  await page.goto('about:blank'); // a fresh load, so focus starts at the top of the page
  await open('#/', '.doc-list');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Search');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.equal(outline, 'solid');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-q');
  assert.match(page.url(), /#\/search$/);
});

test('narrow window (400 px): no sideways scrolling, screenshots', { skip }, async () => {
  await page.setViewportSize({ width: 400, height: 800 });
  try {
    for (const [name, hash, ready] of [
      ['narrow-library', '#/', '.doc-list'],
      ['narrow-reader', `#/doc/${server.docIds[0]}`, '.reader-text'],
      ['narrow-claims', '#/claims', '.claim'],
      ['narrow-timeline', '#/timeline', '.tl-event'],
      ['narrow-map', '#/map', '.marker'],
    ] as const) {
      await open(hash, ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${name} overflows by ${overflow}px`);
      await shot(name);
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('no errors in the page and nothing fetched from outside the server', { skip }, async () => {
  await open('#/doc/does-not-exist', '.error-card');
  assert.match(await page.locator('.error-card').innerText(), /no document "does-not-exist"/);
  const real = problems.filter((p) => !/404 \(Not Found\)/.test(p));
  assert.deepEqual(real, []);
  assert.deepEqual(foreignRequests, []);
});
