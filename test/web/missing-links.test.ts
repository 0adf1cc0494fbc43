// What a reader missed between views, and states that read wrong: an entity's events lead to the
// timeline, a place's events beyond the 50 the map panel lists lead there too, a place the reader
// marks opens that place on the map, a long name breaks instead of running off a phone's screen or
// under the link beside it, and a timeline over articles with no events (or the entities page over
// articles naming no one) says so instead of "every event has a date" ("once articles are ingested"). Fixture corpus (test/fixtures/ui/corpus.ts); the rest made up (page.route).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import type { DocumentView, EntityItem, EntityView, Page, PlaceItem } from '../../src/server/api-types.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

async function open(hash: string, selector: string, base = web.server.url): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${base}/${hash}`);
  // a hang guard, not a speed check
  await web.page.waitForSelector(`#main[data-ready] ${selector}`, { timeout: 120_000 });
}

async function entityKey(name: string): Promise<string> {
  const found = (await web.server.get(`/api/entities?q=${encodeURIComponent(name)}&limit=5`)).body as Page<EntityItem>;
  const e = found.items.find((x) => x.name === name);
  assert.ok(e, `${name} in ${JSON.stringify(found.items)}`);
  return e.key;
}

test('an entity page leads to its events on the timeline', { skip, timeout: 300_000 }, async () => {
  // Before: its events were cards on the page, with no way to see them in time.
  const key = await entityKey('Istanbul');
  await open(`#/entity/${encodeURIComponent(key)}`, '.entity-timeline-link');
  await web.page.locator('.entity-timeline-link').click();
  await web.page.waitForSelector('#main[data-ready] .timeline-list', { timeout: 120_000 });
  assert.equal(new URL(web.page.url()).hash, `#/timeline?entity=${encodeURIComponent(key)}`);
  assert.equal(await web.page.locator('input[name="entity"]').inputValue(), 'Istanbul');
  assert.ok(await web.page.locator('.timeline-list a[href^="#/event/"]').count() > 0, 'its events are drawn');
});

test('a map place with more events than its panel lists says so and leads to the timeline', { skip, timeout: 300_000 }, async () => {
  // Before: "Events (200)" over 50 of them, and no way to the other 150.
  const events = Array.from({ length: 50 }, (_, i) => ({ key: `ev${i}`, type: 'protest', title: `Protest ${i + 1} in Ankara`, date: null, documentCount: 1 }));
  const ankara: PlaceItem = {
    key: 'geonames:323786', name: 'Ankara', country: 'Turkey', kind: 'city', lat: 39.93, lon: 32.86, mentions: 200, documentCount: 200,
    documents: [{ id: 'd1', title: 'Protest in Ankara' }], eventCount: 200, events, eventTypes: ['protest'],
  };
  await web.page.route('**/api/places?*', (route: Route) => route.fulfill({ json: { total: 1, limit: 5000, offset: 0, eventTypes: ['protest'], items: [{ ...ankara, documents: [], events: events.slice(0, 5) }] } }));
  await web.page.route('**/api/places/geonames*', (route: Route) => route.fulfill({ json: ankara }));
  try {
    await open(`#/map?place=${encodeURIComponent(ankara.key)}`, '.map-panel .place-events-more');
    await web.page.waitForFunction(() => document.querySelectorAll('.map-panel li').length >= 50, undefined, { timeout: 60_000 });
    const more = web.page.locator('.map-panel .place-events-more');
    assert.match(await more.innerText(), /^The first 50 of 200\. See them on the timeline →$/);
    assert.equal(await more.getByRole('link').getAttribute('href'), '#/timeline?place=Ankara');
  } finally {
    await web.page.unrouteAll();
  }
});

test('a place the reader marks without a name tag opens that place on the map', { skip, timeout: 300_000 }, async () => {
  // The gazetteer found the place; the tagger did not tag it as a name. Before: it led to the whole map.
  const docs = (await web.server.get('/api/documents?limit=10')).body as Page<{ id: string; title: string }>;
  const paris = docs.items.find((d) => d.title.startsWith('French and Turkish officials'));
  assert.ok(paris);
  await web.page.route(`**/api/documents/${paris.id}`, async (route: Route) => {
    const res = await route.fetch();
    const doc = (await res.json()) as DocumentView;
    const ankara = doc.annotations.find((a) => a.kind === 'place' && a.text === 'Ankara')!;
    const json = { ...doc, annotations: doc.annotations.filter((a) => !(a.kind === 'mention' && a.start === ankara.start)) };
    await route.fulfill({ response: res, json });
  });
  try {
    await open(`#/doc/${paris.id}`, '.reader-text');
    const mark = web.page.locator('.reader-text a', { hasText: /^Ankara$/ });
    assert.equal(await mark.getAttribute('href'), `#/map?place=${encodeURIComponent('geonames:323786')}`);
  } finally {
    await web.page.unrouteAll();
  }
});

test('a long name breaks inside the word on a phone and keeps clear of its count', { skip, timeout: 300_000 }, async () => {
  const long = 'Konstantinos Papadopoulos-Wolfeschlegelsteinhausenbergerdorff';
  const key = await entityKey('Selim Aydar');
  await web.page.route(`**/api/entities/${encodeURIComponent(key)}?*`, async (route: Route) => {
    const res = await route.fetch();
    const e = (await res.json()) as EntityView;
    await route.fulfill({ response: res, json: { ...e, name: long, coMentioned: e.coMentioned.map((c, i) => (i ? c : { ...c, name: `${c.name} Wolfeschlegelsteinhausenbergerdorff` })) } });
  });
  try {
    for (const width of [375, 1280]) {
      await web.page.setViewportSize({ width, height: 800 });
      await open(`#/entity/${encodeURIComponent(key)}`, '.co-mentioned li');
      const box = await web.page.evaluate(() => {
        const h1 = document.querySelector('h1')!.getBoundingClientRect();
        const li = document.querySelector('.co-mentioned li')!;
        return { page: document.documentElement.scrollWidth, h1Right: h1.right, chipRight: li.querySelector('.chip')!.getBoundingClientRect().right, countLeft: li.querySelector('a.small')!.getBoundingClientRect().left };
      });
      // Before: on a phone the title and "What … said" ran past the screen; on a desktop the chip ran under "1 article".
      assert.ok(box.page <= width && box.h1Right <= width, `${width}: ${JSON.stringify(box)}`);
      assert.ok(box.chipRight <= box.countLeft, `${width}: ${JSON.stringify(box)}`);
    }
  } finally {
    await web.page.unrouteAll();
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('a timeline over articles that report no events says so, and the entities page over articles naming no one', { skip, timeout: 300_000 }, async () => {
  // Before: "No dated events yet", then "Events that cannot be placed (0): Every event has a date or a dated article."
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-no-events-'));
  const store = new SqliteStore(join(dir, 'c.db'));
  const analysis = fixtureAnalysis({
    title: 'Ferries keep their summer timetable', source: 'ferries', published: '2031-05-02', paragraphs: ['Ferries keep their summer timetable', 'The harbour ferries ran on time all week, the operator said.'],
    mentions: [], places: [], times: [], events: [], figures: [], quotes: [],
  });
  await store.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: web.webDir });
  try {
    await server.corpusReady();
    await open('#/timeline', '.empty', server.url);
    const text = await web.page.locator('#main').innerText();
    assert.match(text, /The articles report no events that Chronicle recognises/);
    assert.doesNotMatch(text, /Every event has a date|cannot be placed/);
    // Before: "No entities yet: … listed here once articles are ingested", over an ingested article.
    await open('#/entities', '.empty', server.url);
    assert.equal(await web.page.locator('#main .empty').innerText(), 'The 1 article names no people, organisations or places.');
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
