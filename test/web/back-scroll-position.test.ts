// Back from an article to the entity page it was opened from returns to where the reader was on
// that page, not to its top.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, Page } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

const ready = () => web.page.waitForSelector('#main[data-ready]:not([aria-busy]) .view', { timeout: 120_000 });

test('back to an entity page returns to the same scroll position', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  const list = (await (await fetch(`${server.url}/api/entities?limit=1&sort=articles`)).json()) as Page<EntityItem>;
  const entity = list.items[0]!;
  // a short window, so that the entity page scrolls
  await page.setViewportSize({ width: 900, height: 360 });
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/entity/${encodeURIComponent(entity.key)}`);
  await ready();
  const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  assert.ok(room > 200, `the page scrolls (${room} px)`);
  const at = Math.min(room, 400);
  await page.mouse.move(450, 200);
  await page.mouse.wheel(0, at);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, at);
  // the position settles into the history entry
  const before = await page.evaluate(() => window.scrollY);
  // a link to an article in sight where the page is scrolled to, clicked at once (it opens at the name's mention)
  const inSight = await page.evaluate(() => [...document.querySelectorAll('#main a[href^="#/doc/"]')].findIndex((a) => {
    const r = a.getBoundingClientRect();
    // below the sticky header (a click there would scroll the page first)
    return r.top > 120 && r.bottom < window.innerHeight;
  }));
  assert.ok(inSight >= 0, 'an article link is in sight');
  await page.locator('#main a[href^="#/doc/"]').nth(inSight).click();
  await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
  await ready();
  await page.goBack();
  await page.waitForFunction(() => location.hash.startsWith('#/entity/'));
  await ready();
  const seen = await page.evaluate(() => JSON.stringify({ y: window.scrollY, state: history.state, h: document.documentElement.scrollHeight - window.innerHeight }));
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, before, { timeout: 10_000 }).catch(() => assert.fail(`before ${before}, back at ${seen}`));
  assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - before) < 2, 'back where the reader was');
});
