// The web UI in a real browser (Debian's chromium via playwright-core) over the fixture corpus.
// Every view is loaded, the key interactions are exercised, and screenshots of each view are
// saved to test-artifacts/screenshots/ for a person to look at.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, fixtureServerSuite, serveFolders, skip, type ServedStore } from './browser.js';
import { SHARED_MISSING, sharedDir } from '../helpers.js';

const SHOTS = 'test-artifacts/screenshots';
const SHARED = sharedDir();
const SEEDS = SHARED ? join(SHARED, 'seeds') : '';
const skipSeeds = skip || (SHARED ? false : `${SHARED_MISSING} (browser tests on the real seed articles)`);

/** The five seed articles run through the real pipeline, served from their own database. */
let seeds: ServedStore | undefined;
const problems: string[] = [];
const foreignRequests: string[] = [];

const web = fixtureServerSuite({}, async () => {
  web.page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  web.page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  web.page.on('request', (req) => {
    const ours = [web.server.url, seeds?.url].some((u) => u && req.url().startsWith(u));
    if (!ours && !req.url().startsWith('data:')) foreignRequests.push(req.url());
  });
  mkdirSync(SHOTS, { recursive: true });
  if (!skipSeeds) seeds = await serveFolders(web.webDir, [SEEDS]);
});

after(async () => {
  await seeds?.close();
});

async function open(hash: string, ready: string, base = web.server.url): Promise<void> {
  await web.page.goto(`${base}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector(ready, { timeout: 120_000 });
}

async function shot(name: string): Promise<void> {
  await web.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('library lists the articles and counts', { skip }, async () => {
  await open('#/', '.doc-list');
  assert.equal(await web.page.locator('.doc-list li').count(), 4);
  assert.match(await web.page.locator('.stats').innerText(), /4\s+articles/);
  await shot('library');
});

test('reader highlights spans by type; clicking an entity opens its page', { skip }, async () => {
  await open(`#/doc/${web.server.docIds[0]}`, '.reader-text');
  assert.ok((await web.page.locator('.reader-text .ann-PER').count()) >= 2);
  assert.equal(await web.page.locator('.reader-text .ann-event').count(), 2);
  assert.equal(await web.page.locator('.reader-text .ann-figure').count(), 3);
  assert.equal(await web.page.locator('.reader-text .ann-time').count(), 1);
  assert.equal(await web.page.locator('.reader-text .ann-quote').count(), 1);
  assert.equal(await web.page.locator('.removed-part').count(), 0);
  await shot('reader');
  await web.page.check('#show-removed');
  assert.equal(await web.page.locator('.removed-part').count(), 2);
  assert.match(await web.page.locator('.removed-part').first().innerText(), /cookie notice/i);
  await shot('reader-removed');

  await web.page.locator('.reader-text a.ann-PER', { hasText: 'Binali Yildirim' }).click();
  await web.page.waitForSelector('.kwic');
  assert.match(web.page.url(), /#\/entity\/PER%3Abinali%20yildirim$/);
  assert.match(await web.page.locator('h1').innerText(), /Binali Yildirim/);
});

test('clicking an event trigger opens the event', { skip }, async () => {
  await open(`#/doc/${web.server.docIds[1]}`, '.reader-text');
  await web.page.locator('.reader-text a.ann-event', { hasText: 'arrested' }).click();
  await web.page.waitForSelector('dl.facts');
  assert.match(await web.page.locator('dl.facts').innerText(), /16 January 2017/);
  assert.match(await web.page.locator('dl.facts').innerText(), /Arman Kelesov/);
  await shot('event');
});

test('two reports of one attack are one event; the death tolls are shown side by side with their sources', { skip }, async () => {
  await open(`#/doc/${web.server.docIds[3]}`, '.reader-text');
  assert.match(await web.page.locator('.reader-side').innerText(), /\+1 article/);
  await web.page.locator('.reader-text a.ann-event', { hasText: 'killed' }).click();
  await web.page.waitForSelector('.conflict');
  assert.equal(await web.page.locator('.report').count(), 2);
  assert.equal(await web.page.locator('.report-focus').count(), 1, 'the report from the article we came from is picked out');
  const values = web.page.locator('.conflict[data-field="killed"] .conflict-value');
  assert.deepEqual((await values.locator('.figure-value').allInnerTexts()).sort(), ['41', '45']);
  const [a, b] = await Promise.all([values.nth(0).boundingBox(), values.nth(1).boundingBox()]);
  assert.ok(a && b && Math.abs(a.y - b.y) < 2 && a.x !== b.x, 'side by side');
  assert.match(await values.nth(0).innerText(), /airport/i, 'each value names its article');
  assert.match(await web.page.locator('h1').innerText(), /Attack on Ataturk Airport in Istanbul/);
  await shot('event-merged');
  await open('#/timeline', '.timeline-svg .tl-event');
  assert.equal(await web.page.locator('.tl-event[data-date="2016-06-28"]').count(), 1, 'one mark for the two reports');
  assert.match((await web.page.locator('.tl-event[data-date="2016-06-28"]').textContent()) ?? '', /2 articles/);
});

test('entity page shows mentions in context, co-mentions, events and quotes', { skip }, async () => {
  await open(`#/entity/${encodeURIComponent('PER:selim aydar')}`, '.kwic');
  assert.equal(await web.page.locator('.kwic li').count(), 2);
  assert.match(await web.page.locator('.quote').innerText(), /We will find everyone behind this/);
  assert.ok((await web.page.locator('.side .chip').count()) >= 3);
  await shot('entity');
  // A mention in context leads back into the reader, at that span.
  await web.page.locator('.kwic-line a').first().click();
  await web.page.waitForSelector('.reader-text mark.cite-span, .reader-text .cite-sentence');
});

test('search shows highlighted snippets and facets that filter', { skip }, async () => {
  await open('#/search?q=Istanbul', '.results');
  assert.equal(await web.page.locator('.results > li').count(), 3);
  assert.match(await web.page.locator('.snippet mark').first().innerText(), /istanbul/i);
  assert.ok((await web.page.locator('.facet').count()) >= 2);
  await shot('search');
  await web.page.locator('.facet a', { hasText: '2017' }).click();
  await web.page.waitForFunction(() => document.querySelectorAll('.results > li').length === 1);
  assert.match(await web.page.locator('.results').innerText(), /nightclub/);
});

test('timeline shows the dated events; a date without a year is placed at its article\'s date, marked so', { skip }, async () => {
  await open('#/timeline', '.timeline-svg .tl-event');
  for (const date of ['2016-06-28', '2017-01-01', '2017-01-16']) assert.equal(await web.page.locator(`.tl-event[data-date="${date}"] circle`).count(), 1, date);
  assert.equal(await web.page.locator('.tl-event[data-date="2016-07"] rect').count(), 1, 'a month is drawn as a range');
  assert.equal(await web.page.locator('.tl-event[data-date="2015"] rect').count(), 1, 'a year is drawn as a range');
  const june = await web.page.locator('.tl-event[data-date="2016-06-28"] circle').boundingBox();
  const jan = await web.page.locator('.tl-event[data-date="2017-01-01"] circle').boundingBox();
  assert.ok(june && jan && june.x < jan.x, 'time runs left to right');
  const yearless = web.page.locator('.tl-article-date', { hasText: '21 October (year unknown)' });
  assert.equal(await yearless.count(), 1, 'a date without a year is placed at its article\'s date');
  assert.match((await yearless.textContent()) ?? '', /dated by its article \(\d+ \w+ \d{4}\)/, 'and says so');
  await shot('timeline');
  // Zooming in (button) spreads events apart; the wheel alone scrolls the page and does not zoom.
  // the view may be redrawing (after a scroll, during a zoom), so an event can be missing for a moment: look again
  const july = async () => {
    for (let tries = 0; ; tries++) {
      const year = await web.page.locator('.tl-event[data-date="2015"] rect').boundingBox();
      const day = await web.page.locator('.tl-event[data-date="2016-06-28"] circle').boundingBox();
      if (year && day) return day.x + day.width / 2 - (year.x + year.width);
      if (tries >= 100) throw new Error('the timeline did not draw its 2015 and 28 June 2016 events');
      await web.page.waitForTimeout(100);
    }
  };
  const before = await july();
  await web.page.mouse.move(jan!.x, jan!.y);
  await web.page.mouse.wheel(0, -300);
  await web.page.waitForTimeout(300);
  assert.ok(Math.abs((await july()) - before) < 1, 'a plain wheel does not zoom');
  await web.page.getByRole('button', { name: 'Zoom in' }).click();
  // the zoom is animated: wait for it to spread the events, however long a busy machine takes
  // (the view redraws while it zooms, so an event may be missing for a moment)
  await eventually(async () => (await july().catch(() => 0)) > before * 1.3);
  const after = await july();
  assert.ok(after > before * 1.3, `zoomed distance ${after} vs ${before}`);
});

test('map has a marker at Istanbul that lists its events', { skip }, async () => {
  await open('#/map', '.map-svg .marker');
  const marker = web.page.locator('.marker[data-places*="Istanbul"]');
  assert.equal(await marker.count(), 1);
  const svgBox = (await web.page.locator('.map-svg').boundingBox())!;
  const centre = async (name: string) => {
    const b = (await web.page.locator(`.marker[data-places*="${name}"] circle`).first().boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const [ist, paris] = [await centre('Istanbul'), await centre('Paris')];
  // The map opens on the data (Paris to Istanbul), not the whole world: both inside, far apart.
  for (const p of [ist, paris]) assert.ok(p.x > svgBox.x && p.x < svgBox.x + svgBox.width && p.y > svgBox.y && p.y < svgBox.y + svgBox.height, 'marker on the map');
  assert.ok(ist.x - paris.x > svgBox.width * 0.3, `zoomed to the data: Paris→Istanbul is ${Math.round(ist.x - paris.x)} px`);
  assert.ok(paris.y < ist.y, 'Paris is north of Istanbul');
  await shot('map');
  await marker.focus();
  await web.page.keyboard.press('Enter');
  // Istanbul and Esenyurt are close: the cluster lists both; choosing Istanbul shows its events.
  await web.page.waitForSelector('.map-panel .cluster-list button');
  await web.page.locator('.map-panel .cluster-list button', { hasText: 'Istanbul' }).click();
  await web.page.waitForFunction(() => /Istanbul/.test(document.querySelector('.map-panel h2')?.textContent ?? ''));
  assert.match(await web.page.locator('.map-panel').innerText(), /Attack/i);
  await web.page.waitForTimeout(450);
  await shot('map-zoomed');
});

test('graph draws entities and filters by type', { skip }, async () => {
  await open('#/graph', '.graph-canvas[data-nodes]');
  const nodes = Number(await web.page.locator('.graph-canvas').getAttribute('data-nodes'));
  assert.ok(nodes >= 10, `${nodes} nodes`);
  assert.ok(Number(await web.page.locator('.graph-canvas').getAttribute('data-edges')) > 0);
  await web.page.waitForTimeout(300);
  await shot('graph');
  await open('#/graph?types=PER', '.graph-canvas[data-nodes]');
  assert.equal(Number(await web.page.locator('.graph-canvas').getAttribute('data-nodes')), 4);
});

test('claims view shows 1,700 next to 2,500 as an update, and 13 against 11 charged as contradictory', { skip }, async () => {
  await open('#/claims?filter=compared', '.claim');
  const claim = web.page.locator('.claim', { has: web.page.locator('.figure-value', { hasText: '1,700' }) });
  assert.equal(await claim.count(), 1);
  const values = await claim.locator('.figure-value').allInnerTexts();
  assert.deepEqual(values, ['1,700', 'about 2,500'], 'in publication order');
  assert.match(await claim.locator('.claim-head .badge').innerText(), /^\W*Update$/);
  assert.equal(await claim.locator('.badge-disputed').count(), 0, 'a rising toll is not a dispute');
  assert.match(await claim.locator('.claim-reason').innerText(), /detained/);
  const [a, b] = await Promise.all(['1,700', 'about 2,500'].map((v) => claim.locator('.figure-card', { has: web.page.locator('.figure-value', { hasText: v }) }).boundingBox()));
  assert.ok(a && b && Math.abs(a.y - b.y) < 2 && a.x !== b.x, 'side by side');
  assert.match(await claim.innerText(), /Human Rights Watch/);
  const charged = web.page.locator('.claim', { has: web.page.locator('.figure-value', { hasText: /^13$/ }) });
  assert.deepEqual(await charged.locator('.figure-value').allInnerTexts(), ['13', '11']);
  assert.match(await charged.locator('.badge-disputed').innerText(), /Disputed: contradictory/);
  assert.match(await charged.locator('.claim-reason').innerText(), /prosecuted/);
  await shot('claims');
});

test('entities list filters by type', { skip }, async () => {
  await open('#/entities?type=ORG', '.table');
  assert.equal(await web.page.locator('.table tbody tr').count(), 3);
  await shot('entities');
});

test('keyboard: skip link, tab order through the navigation, visible focus', { skip }, async () => {
  await web.page.goto('about:blank'); // a fresh load, so focus starts at the top of the page
  await open('#/', '.doc-list');
  await web.page.keyboard.press('Tab');
  assert.equal(await web.page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await web.page.keyboard.press('Tab');
  await web.page.keyboard.press('Tab');
  await web.page.keyboard.press('Tab');
  assert.equal(await web.page.evaluate(() => document.activeElement?.textContent), 'Search');
  const outline = await web.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.equal(outline, 'solid');
  await web.page.keyboard.press('Enter');
  await web.page.waitForSelector('#search-q');
  assert.match(web.page.url(), /#\/search$/);
});

test('narrow window (400 px): no sideways scrolling, screenshots', { skip }, async () => {
  await web.page.setViewportSize({ width: 400, height: 800 });
  try {
    for (const [name, hash, ready] of [
      ['narrow-library', '#/', '.doc-list'],
      ['narrow-reader', `#/doc/${web.server.docIds[0]}`, '.reader-text'],
      ['narrow-claims', '#/claims', '.claim'],
      ['narrow-timeline', '#/timeline', '.tl-event'],
      ['narrow-map', '#/map', '.marker'],
    ] as const) {
      await open(hash, ready);
      const overflow = await web.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${name} overflows by ${overflow}px`);
      await shot(name);
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('seeds through the real pipeline: the timeline shows the dated attacks of 2016-06-28 and 2017-01-01', { skip: skipSeeds }, async () => {
  await open('#/timeline', '.timeline-svg .tl-event', seeds!.url);
  for (const date of ['2016-06-28', '2017-01-01']) assert.ok((await web.page.locator(`.tl-event[data-date="${date}"] circle`).count()) >= 1, date);
  const june = (await web.page.locator('.tl-event[data-date="2016-06-28"] circle').first().boundingBox())!;
  const jan = (await web.page.locator('.tl-event[data-date="2017-01-01"] circle').first().boundingBox())!;
  assert.ok(june.x < jan.x, 'time runs left to right');
  await shot('seeds-timeline');
});

test('seeds through the real pipeline: the map has a marker at Istanbul', { skip: skipSeeds }, async () => {
  await open('#/map', '.map-svg .marker', seeds!.url);
  const marker = web.page.locator('.marker[data-places*="Istanbul"]');
  assert.equal(await marker.count(), 1);
  await shot('seeds-map');
  await marker.focus();
  await web.page.keyboard.press('Enter');
  await web.page.waitForFunction(() => /Istanbul|Ata/.test(document.querySelector('.map-panel h2')?.textContent ?? ''));
});

test('seeds through the real pipeline: the claims view shows 1,700 next to 2,500', { skip: skipSeeds }, async () => {
  await open('#/claims?filter=compared', '.claim', seeds!.url);
  const claim = web.page.locator('.claim', { has: web.page.locator('.figure-value', { hasText: '1,700' }) });
  assert.equal(await claim.count(), 1);
  const cards = claim.locator('.figure-card');
  const texts = await claim.locator('.figure-value').allInnerTexts();
  const i1700 = texts.findIndex((t) => /1,700/.test(t));
  const i2500 = texts.findIndex((t) => /2,500/.test(t));
  assert.ok(i1700 >= 0 && i2500 >= 0, texts.join(' | '));
  const [a, b] = await Promise.all([cards.nth(i1700).boundingBox(), cards.nth(i2500).boundingBox()]);
  assert.ok(a && b && Math.abs(a.y - b.y) < 2 && a.x !== b.x, '1,700 and 2,500 side by side');
  await shot('seeds-claims');
});

test('seeds through the real pipeline: every other view renders without errors (screenshots)', { skip: skipSeeds }, async () => {
  const docs = (await (await fetch(`${seeds!.url}/api/documents`)).json()) as { items: Array<{ id: string }> };
  const events = (await (await fetch(`${seeds!.url}/api/events?limit=500`)).json()) as { items: Array<{ key: string; documentCount: number }> };
  const merged = [...events.items].sort((x, y) => y.documentCount - x.documentCount)[0];
  const entity = (await (await fetch(`${seeds!.url}/api/entities?limit=1`)).json()) as { items: Array<{ key: string }> };
  for (const [name, hash, ready] of [
    ['seeds-library', '#/', '.doc-list'],
    ['seeds-reader', `#/doc/${docs.items[0].id}`, '.reader-text .ann'],
    ['seeds-entities', '#/entities', '.table'],
    ['seeds-entity', `#/entity/${encodeURIComponent(entity.items[0].key)}`, '.kwic'],
    ['seeds-event', `#/event/${encodeURIComponent(merged.key)}`, '.report'],
    ['seeds-graph', '#/graph', '.graph-canvas[data-nodes]'],
    ['seeds-search', '#/search?q=Istanbul', '.results'],
  ] as const) {
    await open(hash, ready, seeds!.url);
    if (name === 'seeds-graph') await web.page.waitForTimeout(300);
    await shot(name);
  }
});

test('no errors in the page and nothing fetched from outside the server', { skip }, async () => {
  await open('#/doc/does-not-exist', '.error-card');
  assert.match(await web.page.locator('.error-card').innerText(), /No article in this knowledge base has the address “does-not-exist”/);
  const real = problems.filter((p) => !/404 \(Not Found\)/.test(p));
  assert.deepEqual(real, []);
  assert.deepEqual(foreignRequests, []);
});
