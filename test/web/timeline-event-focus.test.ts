// The timeline opened on one event (?event=KEY, as the event page's "See on the timeline" links it):
// that event is marked and scrolled into view. The events are made up (page.route answers
// /api/timeline): thirty on one day, so that they stack far below the top of a short window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { TimelineEvent, TimelineView } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

function stacked(): TimelineView {
  const items: TimelineEvent[] = Array.from({ length: 30 }, (_, i) => ({
    key: `ev-${i}`, type: i % 2 ? 'protest' : 'strike', title: `Dock workers' walkout number ${i + 1} at the Varnholm quay`,
    date: { iso: '2030-06-10', precision: 'day' } as TimelineEvent['date'],
    interval: { start: '2030-06-10', end: '2030-06-11', precision: 'day' } as TimelineEvent['interval'],
    articleDate: false, documentCount: 1, disputed: false, firstTitle: `Walkout ${i + 1}`,
  }));
  items.push({ ...items[0], key: 'ev-early', title: 'Harbour pilots vote on pay', date: { iso: '2029-01-15', precision: 'day' } as TimelineEvent['date'], interval: { start: '2029-01-15', end: '2029-01-16', precision: 'day' } as TimelineEvent['interval'] });
  items.sort((a, b) => a.interval.start.localeCompare(b.interval.start));
  return { total: items.length, limit: 1000, offset: 0, items, unplaced: 0, density: { unit: 'month', buckets: [{ start: '2029-01', count: 1 }, { start: '2030-06', count: 30 }] } };
}

test('?event= marks that event on the timeline and scrolls it into view', { skip, timeout: 300_000 }, async () => {
  // Before: the address's event was ignored: the timeline opened at its top, on the whole range,
  // the event one of thirty like marks rows below the window.
  await web.page.route('**/api/timeline?*', (route: Route) => route.fulfill({ json: stacked() }));
  try {
    await web.page.setViewportSize({ width: 1000, height: 600 });
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/timeline?event=ev-29`);
    // a hang guard, not a speed check
    await web.page.waitForSelector('#main[data-ready] .tl-event', { timeout: 120_000 });
    const picked = web.page.locator('.tl-event.tl-picked');
    assert.equal(await picked.count(), 1, 'one event is picked out');
    assert.equal(await picked.getAttribute('data-key'), 'ev-29');
    assert.equal(await picked.getAttribute('aria-current'), 'true');
    const box = await picked.locator('circle').evaluate((c) => {
      const r = c.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: innerHeight, width: innerWidth };
    });
    assert.ok(box.top >= 0 && box.bottom <= box.height && box.left >= 0 && box.right <= box.width, `in the window: ${JSON.stringify(box)}`);
    // the others are not picked out, nor is the far earlier event in view at that zoom
    assert.equal(await web.page.locator('.tl-event[data-key="ev-early"]').count(), 0, 'opened zoomed on its date');
  } finally {
    await web.page.unrouteAll();
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
