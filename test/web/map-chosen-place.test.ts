// A place chosen from a cluster's list, or linked to (the list under the map, a search), is shown on
// the map as well as in the panel: the map zooms until it is a marker of its own, centred and marked.
// Its marker had stayed hidden in the cluster's number. The fixture's Istanbul and Esenyurt are a
// cluster until zoomed in far.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** Waits until the marker of `name` alone is drawn and marked as chosen, well inside the map; returns how far from the frame's centre it is (px). */
async function chosenMarkerOffset(name: string): Promise<number> {
  const { page } = web;
  const marker = page.locator(`.map-svg .marker.marker-chosen[data-places="${name}"]`);
  await marker.waitFor({ timeout: 120_000 });
  // the zoom is animated: read where it settles
  await page.waitForTimeout(600);
  assert.equal(await page.locator('.map-svg .marker.marker-chosen').count(), 1, 'one marker is marked');
  const box = (await marker.locator('circle').first().boundingBox())!;
  const frame = (await page.locator('.map-svg').boundingBox())!;
  return Math.hypot(box.x + box.width / 2 - (frame.x + frame.width / 2), box.y + box.height / 2 - (frame.y + frame.height / 2));
}

test('a place chosen from a cluster is zoomed to, a marker of its own, and its details shown', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/#/map`);
  const cluster = page.locator('.map-svg .marker-cluster[data-places*="Esenyurt"]');
  await cluster.waitFor({ timeout: 120_000 });
  await cluster.focus();
  await page.keyboard.press('Enter');
  await page.locator('.map-panel .cluster-list button', { hasText: 'Esenyurt' }).click();
  await page.waitForFunction(() => document.querySelector('.map-panel h2')?.textContent === 'Esenyurt');
  assert.ok((await chosenMarkerOffset('Esenyurt')) < 40, 'centred on the map');
  assert.equal(await page.locator('.map-svg .marker-cluster[data-places*="Esenyurt"]').count(), 0, 'no longer inside a cluster');

  // choosing a cluster again lets the marked place go
  await page.locator('.map-tools button', { hasText: 'Reset' }).click();
  // a marker still drawn as the zoom eases out is the same element (map-focus-zoom.test), so the
  // cluster is focused as soon as it is drawn
  const resetCluster = page.locator('.map-svg .marker-cluster[data-places*="Esenyurt"]');
  await resetCluster.waitFor({ timeout: 120_000 });
  await resetCluster.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /places here/.test(document.querySelector('.map-panel h2')?.textContent ?? ''));
  assert.equal(await page.locator('.map-svg .marker.marker-chosen').count(), 0);
});

test('a place linked to opens as a marker of its own, marked, with its details', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  const places = (await server.get('/api/places')).body.items as Array<{ key: string; name: string }>;
  const istanbul = places.find((p) => p.name === 'Istanbul');
  assert.ok(istanbul);
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/map?place=${encodeURIComponent(istanbul.key)}`);
  assert.ok((await chosenMarkerOffset('Istanbul')) < 40, 'centred on the map');
  await page.waitForFunction(() => document.querySelector('.map-panel h2')?.textContent === 'Istanbul');
});
