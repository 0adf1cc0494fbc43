// A marker that stays on screen while the map zooms is the same element throughout, so the
// keyboard's focus stays on it as the zoom eases out; every zoom frame had drawn new markers, and
// Enter pressed during (or just after) a zoom fell on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip, zoomWatchingFocus as watchZoom } from './browser.js';

const web = fixtureServerSuite();

/** Zooms and watches the marker `selector` names, which must have moved: a zoom that moved nothing watched nothing. */
async function zoomWatchingFocus(button: string, selector: string): Promise<{ frames: number; lostOn: number }> {
  const watched = await watchZoom(web.page, button, selector);
  assert.ok(watched.moved, 'the marker never moved: no zoom was watched');
  return watched;
}

test('a focused marker keeps the focus while the map zooms in and out, and Enter then opens it', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/#/map`);
  const single = page.locator('.map-svg .marker:not(.marker-cluster)').first();
  await single.waitFor({ timeout: 120_000 });
  const name = (await single.getAttribute('data-places'))!;
  const selector = `.map-svg .marker[data-places="${name}"]`;
  await page.locator(selector).focus();

  const zoomedIn = await zoomWatchingFocus('Zoom in', selector);
  assert.equal(zoomedIn.lostOn, 0, `the marker of ${name} lost the focus on frame ${zoomedIn.lostOn} of ${zoomedIn.frames}`);
  const zoomedOut = await zoomWatchingFocus('Zoom out', selector);
  assert.equal(zoomedOut.lostOn, 0, `the marker of ${name} lost the focus on frame ${zoomedOut.lostOn} of ${zoomedOut.frames} zooming out`);

  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('.map-panel h2')?.textContent === n, name);
});

test('a cluster keeps the focus as it gains places zooming out, and says how many it holds', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/map`);
  const cluster = page.locator('.map-svg .marker-cluster').first();
  await cluster.waitFor({ timeout: 120_000 });
  // the cluster is found again by its heaviest place, which heads it at any zoom
  const head = (await cluster.getAttribute('data-keys'))!.split('|')[0];
  const selector = `.map-svg .marker[data-keys^="${head}"]`;
  await page.locator(selector).focus();
  const zoomedOut = await zoomWatchingFocus('Zoom out', selector);
  assert.equal(zoomedOut.lostOn, 0, `the cluster lost the focus on frame ${zoomedOut.lostOn} of ${zoomedOut.frames}`);
  // what it shows is its places now, however many it gained
  const shown = await page.locator(selector).evaluate((el) => ({ count: el.querySelector('.marker-count')?.textContent ?? '1', places: (el.getAttribute('data-places') ?? '').split('|').length, label: el.getAttribute('aria-label') ?? '' }));
  assert.equal(Number(shown.count), shown.places);
  if (shown.places > 1) assert.match(shown.label, new RegExp(`^${shown.places} places: `));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /places here/.test(document.querySelector('.map-panel h2')?.textContent ?? ''));
});
