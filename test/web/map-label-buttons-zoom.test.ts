// The buttons under the map that name markers without room for a label (the keyboard's and a
// screen reader's way to them) are keyed like the markers: a button whose marker stays unlabelled
// through a zoom is the same element throughout, so the focus stays on it and Enter then selects
// it. Every zoom frame had built the list anew, and a focused button was gone mid-zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip, zoomWatchingFocus as watchZoom } from './browser.js';

const web = demoCorpusSuite();

/** The keys of the markers named by a button under the map. */
const listedKeys = () => web.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.map-label-note button')].map((b) => b.dataset.key ?? ''));

/** Presses a zoom button from script (a click would move the focus to it) and waits until the zoom has eased out. */
async function zoom(label: string): Promise<void> {
  await web.page.evaluate(async (l) => {
    document.querySelector<HTMLButtonElement>(`.map-tools button[aria-label="${l}"]`)!.click();
    await new Promise((r) => setTimeout(r, 900));
  }, label);
}

/** Zooms as `zoom` does, watching the button of the marker `key` frame by frame. */
const zoomWatchingFocus = (label: string, key: string) => watchZoom(web.page, label, `.map-label-note button[data-key="${key}"]`);

test('a focused button under the map keeps the focus through a zoom, and Enter then selects its marker', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await web.open('#/map', '#main[data-ready] .map-svg .marker');
    // a marker left unlabelled both at the opening zoom and one step in (a phone has some)
    const opening = await listedKeys();
    await zoom('Zoom in');
    const zoomedIn = new Set(await listedKeys());
    await zoom('Zoom out');
    assert.deepEqual(await listedKeys(), opening, 'zooming back lists the same markers');
    const key = opening.find((k) => zoomedIn.has(k));
    assert.ok(key, `a marker unlabelled at both zooms (opening: ${opening.join(', ')}; zoomed in: ${[...zoomedIn].join(', ')})`);

    const button = page.locator(`.map-label-note button[data-key="${key}"]`);
    await button.focus();
    const inward = await zoomWatchingFocus('Zoom in', key);
    assert.equal(inward.lostOn, 0, `the button of ${key} lost the focus on frame ${inward.lostOn} of ${inward.frames} zooming in`);
    const outward = await zoomWatchingFocus('Zoom out', key);
    assert.equal(outward.lostOn, 0, `the button of ${key} lost the focus on frame ${outward.lostOn} of ${outward.frames} zooming out`);

    // Enter selects the marker the button names now
    const named = ((await button.textContent()) ?? '').replace(/ \+\d+.*| \(\d+\)$/, '');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('.map-panel')!.textContent!.includes(n), named, { timeout: 30_000 });
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});
