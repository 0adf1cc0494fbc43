// What a journalist sees first, in a real browser: every section reachable from a phone's header,
// who is quoted in an article (with a way to each quote), map labels that are never cut off at
// the frame's edge, and views over an empty database that say there are no articles rather than
// "nothing matches". Where the fixture lacks the shape tested (a place at the edge of the map), the
// API's answer is altered in the browser (page.route): the test is about the UI, not extraction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import { fixtureServerSuite, serveFolders, skip } from './browser.js';

const web = fixtureServerSuite();

async function open(url: string, hash: string, ready: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${url}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector(ready, { timeout: 120_000 });
}

test('on a phone and a tablet every section of the header is on screen, none scrolled out of sight', { skip }, async () => {
  try {
    for (const [width, height] of [[390, 844], [800, 1000]] as const) {
      await web.page.setViewportSize({ width, height });
      await open(web.server.url, '#/', '.doc-list');
      const links = await web.page.locator('.mainnav a').evaluateAll((as) => as.map((a) => {
        const r = a.getBoundingClientRect();
        const nav = a.parentElement!.getBoundingClientRect();
        return { text: a.textContent ?? '', left: r.left, right: r.right, navLeft: nav.left, navRight: nav.right };
      }));
      assert.equal(links.length, 7);
      for (const l of links) {
        assert.ok(l.left >= 0 && l.right <= width, `${width}px: “${l.text}” lies outside the window (${Math.round(l.left)}–${Math.round(l.right)})`);
        assert.ok(l.left >= l.navLeft - 1 && l.right <= l.navRight + 1, `${width}px: “${l.text}” is clipped by the header`);
      }
    }
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('the reader lists who is quoted, and each quote leads to its place in the text', { skip }, async () => {
  await open(web.server.url, `#/doc/${web.server.docIds[0]}`, '.reader-text');
  assert.ok((await web.page.locator('.side-quote').count()) > 0, 'the side panel lists no quote');
  const item = web.page.locator('.side-quote').first();
  assert.match((await item.textContent()) ?? '', /Yildirim.*cowardly attack/);
  await item.locator('a.quote-link').click();
  await web.page.waitForSelector('#cited');
  const cited = await web.page.locator('.cite-sentence, .cite-span').allTextContents();
  assert.match(cited.join(''), /This was a cowardly attack on innocent travellers/);
});

test('on a phone no map label runs past the edge of the map', { skip }, async () => {
  // Two places far apart with long names: the map zooms to fit them, so each sits near an edge.
  await web.page.route('**/api/places?*', async (route: Route) => {
    const res = await route.fetch();
    const body = await res.json();
    const model = body.items[0];
    body.items = [
      { ...model, key: 'test:east', name: 'Easternmost Harbour Settlement', kind: 'city', country: null, lat: 10, lon: 60 },
      { ...model, key: 'test:west', name: 'Westernmost Fishing Village Port', kind: 'city', country: null, lat: 12, lon: 20 },
    ];
    body.total = 2;
    await route.fulfill({ response: res, json: body });
  });
  try {
    await web.page.setViewportSize({ width: 390, height: 844 });
    await open(web.server.url, '#/map', '.map-svg .marker');
    const { frame, labels } = await web.page.evaluate(() => {
      const box = document.querySelector('.map-svg')!.getBoundingClientRect();
      return {
        frame: { left: box.left, right: box.right },
        labels: [...document.querySelectorAll('.map-svg .marker-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: r.left, right: r.right };
        }),
      };
    });
    assert.ok(labels.length >= 1, 'some place is labelled');
    for (const l of labels) assert.ok(l.left >= frame.left - 1 && l.right <= frame.right + 1, `“${l.text}” is cut at the map's edge (${Math.round(l.left)}–${Math.round(l.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)})`);
  } finally {
    await web.page.unroute('**/api/places?*');
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('over an empty database the map, timeline, graph, claims and entities say there are no articles yet', { skip }, async () => {
  const running = await serveFolders(web.webDir, []);
  try {
    for (const hash of ['#/map', '#/timeline', '#/graph', '#/claims', '#/claims?filter=disputed']) {
      await open(running.url, hash, '#main[data-ready] .view');
      const text = (await web.page.locator('#main').textContent()) ?? '';
      assert.match(text, /No articles yet/, hash);
      // Nothing that reads as if the articles had been checked: "no places match", "every event has a
      // date", "the articles agree".
      assert.doesNotMatch(text, /match|Every event has a date|articles agree/, hash);
    }
    await open(running.url, '#/entities', '#main[data-ready] .view');
    assert.doesNotMatch((await web.page.locator('#main').textContent()) ?? '', /No entities match/);
  } finally {
    await running.close();
  }
});
