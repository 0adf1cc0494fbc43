// Once the timeline was zoomed in, only a mouse could drag it to earlier or later dates (a finger
// scrolls the page, and the keyboard had only the zoom buttons), so a phone or keyboard reader could
// reach the events outside the view only by resetting the zoom. "← Earlier" and "Later →" now move
// along it, and on a touch screen the hint no longer asks for Ctrl and a wheel. The events are made
// up (page.route answers /api/timeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { TimelineEvent, TimelineView } from '../../src/server/api-types.js';
import { eventually, fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

function threeEvents(): TimelineView {
  const event = (key: string, title: string, day: string, next: string): TimelineEvent => ({
    key, type: 'other', title, date: { iso: day, precision: 'day' } as TimelineEvent['date'], interval: { start: day, end: next, precision: 'day' } as TimelineEvent['interval'],
    articleDate: false, documentCount: 1, disputed: false, firstTitle: title,
  });
  const items = [event('e1', 'Ferry strike in Hollin Bay', '2024-03-01', '2024-03-02'), event('e2', 'Bridge opening at Kestrel Ford', '2024-06-15', '2024-06-16'), event('e3', 'Mill fire in Oxcombe', '2024-09-30', '2024-10-01')];
  return { total: items.length, limit: 1000, offset: 0, items, unplaced: 0, density: { unit: 'month', buckets: [{ start: '2024-03', count: 1 }, { start: '2024-06', count: 1 }, { start: '2024-09', count: 1 }] } };
}

async function openTimeline(): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/#/timeline`);
  // a hang guard, not a speed check
  await web.page.waitForSelector('#main[data-ready] .tl-event[data-key="e2"]', { timeout: 120_000 });
}

/** Where the middle event's dot is drawn; NaN (which fails every comparison) while the moving chart has it redrawn away. */
async function middleX(): Promise<number> {
  const dot = web.page.locator('.tl-event[data-key="e2"] .tl-dot');
  if ((await dot.count()) === 0) return NaN;
  return dot.first().evaluate((c) => c.getBoundingClientRect().x, undefined, { timeout: 1000 }).catch(() => NaN);
}

/**
 * Where the middle event's dot comes to rest: two looks a third of a second apart that agree. A move
 * pressed before the last one has eased out starts from wherever that one had got to, so each
 * press waits for the chart to stop (a loaded machine can lag a 250 ms transition well past it).
 */
async function restingX(): Promise<number> {
  let x = NaN;
  const rests = await eventually(async () => {
    const before = await middleX();
    await web.page.waitForTimeout(300);
    x = await middleX();
    return !Number.isNaN(x) && Math.abs(x - before) < 0.5;
  });
  assert.ok(rests, 'the middle event is drawn and comes to rest');
  return x;
}

async function press(button: string): Promise<number> {
  await web.page.getByRole('button', { name: button }).focus();
  await web.page.keyboard.press('Enter');
  return restingX();
}

test('zoomed in, the keyboard moves the timeline to earlier and later dates', { skip }, async () => {
  await web.page.route('**/api/timeline?*', (route: Route) => route.fulfill({ json: threeEvents() }));
  try {
    await openTimeline();
    for (let i = 0; i < 2; i++) await web.page.getByRole('button', { name: 'Zoom in' }).click();
    const start = await restingX();
    const later = await press('Later dates');
    assert.ok(later < start - 100, 'later dates: the middle event moves left');
    assert.ok((await press('Earlier dates')) > later + 100, 'earlier dates: it moves right');
    assert.ok((await press('Earlier dates')) > start + 100, 'earlier dates again: past where it was');
  } finally {
    await web.page.unrouteAll();
  }
});

test('on a touch screen the zoom hint asks for no Ctrl key or wheel', { skip }, async () => {
  await web.page.route('**/api/timeline?*', (route: Route) => route.fulfill({ json: threeEvents() }));
  const cdp = await web.page.context().newCDPSession(web.page);
  try {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await openTimeline();
    assert.equal(await web.page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'the emulated screen is a touch screen');
    const hint = await web.page.locator('.toolbar .muted').first().innerText();
    assert.doesNotMatch(hint, /Ctrl|scroll/);
    assert.match(hint, /Zoom and move along/);
  } finally {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();
    await web.page.unrouteAll();
  }
});
