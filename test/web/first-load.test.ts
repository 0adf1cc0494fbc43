// While a page waits for its script or its first data, it says so: main is aria-busy and shows a
// "Loading…" status, from the first byte of the HTML on; both go once the data or an error has
// arrived. The page had been blank until the script ran. Requests are held here, not slowed by a
// timer, so the test waits on states, not on durations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** Holds every request matching `pattern` until `release` is called; `seen` resolves at the first one held. */
async function hold(pattern: string): Promise<{ seen: Promise<void>; release(): Promise<void> }> {
  const held: Route[] = [];
  let open = false;
  let markSeen: () => void = () => undefined;
  const seen = new Promise<void>((r) => (markSeen = r));
  await web.page.route(pattern, async (route) => {
    if (open) return route.continue();
    held.push(route);
    markSeen();
  });
  return {
    seen,
    async release() {
      open = true;
      await Promise.all(held.splice(0).map((r) => r.continue()));
      await web.page.unroute(pattern);
    },
  };
}

const busyState = () => web.page.evaluate(() => {
  const main = document.getElementById('main')!;
  return { busy: main.getAttribute('aria-busy'), status: main.querySelector('.loading[role="status"]')?.textContent ?? null, ready: main.dataset.ready ?? null };
});

test('the page is busy, and says "Loading…", before its script has run', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.goto('about:blank');
  const scripts = await hold('**/*.js');
  try {
    await page.goto(`${server.url}/#/entities`, { waitUntil: 'commit' });
    await scripts.seen;
    await page.waitForSelector('#main .loading', { timeout: 120_000 });
    assert.deepEqual(await busyState(), { busy: 'true', status: 'Loading…', ready: null });
  } finally {
    await scripts.release();
  }
  await page.waitForSelector('#main[data-ready] .view', { timeout: 120_000 });
  const shown = await busyState();
  assert.equal(shown.busy, null);
  assert.equal(shown.status, null);
});

test('while the first data is on its way the page is busy; once it is shown, not', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.goto('about:blank');
  const data = await hold('**/api/**');
  try {
    await page.goto(`${server.url}/#/timeline`);
    await data.seen;
    const waiting = await busyState();
    assert.equal(waiting.busy, 'true');
    assert.equal(waiting.status, 'Loading…');
  } finally {
    await data.release();
  }
  await page.waitForSelector('#main[data-ready] .view', { timeout: 120_000 });
  const shown = await busyState();
  assert.equal(shown.busy, null);
  assert.equal(shown.status, null);
});

test('an error ends the wait as data does', { skip, timeout: 300_000 }, async () => {
  const { page, server } = web;
  await page.goto('about:blank');
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  try {
    await page.goto(`${server.url}/#/claims`);
    await page.waitForSelector('#main[data-ready] .error-card', { timeout: 120_000 });
    const failed = await busyState();
    assert.equal(failed.busy, null);
    assert.equal(failed.status, null);
  } finally {
    await page.unroute('**/api/**');
  }
});
