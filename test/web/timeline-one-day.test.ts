// The timeline when every event falls on one day, in a real browser: the overview shows that day
// as one bar among days (its axis in days, not hours), and a single event placed at its article's
// date is spoken of in the singular. The events are made up (page.route answers /api/timeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { TimelineEvent, TimelineView } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** Two events on 9 May 2024: a flood dated in its report, and a rescue placed at its article's date. */
function oneDay(): TimelineView {
  const event = (key: string, title: string, articleDate: boolean): TimelineEvent => ({
    key, type: 'other', title, date: { iso: '2024-05-09', precision: 'day' } as TimelineEvent['date'], interval: { start: '2024-05-09', end: '2024-05-10', precision: 'day' } as TimelineEvent['interval'],
    articleDate, documentCount: 1, disputed: false, firstTitle: title,
  });
  const items = [event('e1', 'Flood in Marrow Valley', false), event('e2', 'Rescue of fishermen off Tarn Point', true)];
  return { total: items.length, limit: 1000, offset: 0, items, unplaced: 0, density: { unit: 'day', buckets: [{ start: '2024-05-09', count: 2 }] } };
}

test('events all on one day: the overview shows one narrow bar on an axis of days, and one event at its article date is singular', { skip }, async () => {
  await web.page.route('**/api/timeline?*', (route: Route) => route.fulfill({ json: oneDay() }));
  try {
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/timeline`);
    await web.page.waitForSelector('.timeline-overview svg .density-bar', { timeout: 120_000 });
    const overview = await web.page.locator('.timeline-overview svg').evaluate((svg) => ({
      width: svg.getBoundingClientRect().width,
      bar: svg.querySelector('.density-bar')!.getBoundingClientRect().width,
      ticks: [...svg.querySelectorAll('.axis .tick text')].map((t) => t.textContent ?? ''),
    }));
    assert.ok(overview.bar < overview.width / 4, `one day's bar is ${Math.round(overview.bar)} of ${Math.round(overview.width)} px`);
    assert.ok(!overview.ticks.some((t) => /AM|PM|:\d\d/.test(t)), `axis in hours: ${overview.ticks.join(', ')}`);
    assert.match(await web.page.locator('.timeline-notice').innerText(), /1 of them gives no date of its own and is placed/);
  } finally {
    await web.page.unrouteAll();
  }
});
