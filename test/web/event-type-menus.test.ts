// The timeline's and the map's type menus group the event types by family, as the timeline's legend
// colours them, each family also a choice of its own ("All violence": its types as a comma list).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_FAMILIES } from '../../src/web/lib/format.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();
const violence = EVENT_FAMILIES.find((f) => f.family === 'violence')!.types.join(',');

async function open(hash: string, selector: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  // a hang guard, not a speed check
  await web.page.waitForSelector(selector, { timeout: 120_000 });
}

test('the timeline’s type menu groups types by family, and a whole family filters the timeline', { skip, timeout: 300_000 }, async () => {
  // Before: 27 types in one flat list, attack beside agreement, with no way to ask for all violence.
  await open('#/timeline', '#main[data-ready] .tl-event');
  const groups = await web.page.locator('.timeline-filters select[name="type"] optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
  assert.deepEqual(groups, ['Violence', 'Arrests, courts and sanctions', 'Politics, agreements and protest', 'Other']);
  const first = web.page.locator('.timeline-filters optgroup[label="Violence"] option').first();
  assert.equal(await first.textContent(), 'All violence');
  assert.equal(await first.getAttribute('value'), violence);
  await web.page.locator('.timeline-filters select[name="type"]').selectOption(violence);
  await web.page.locator('.timeline-filters button[type="submit"]').click();
  await web.page.waitForFunction(() => location.hash.includes('type='), undefined, { timeout: 60_000 });
  await web.page.waitForSelector('#main[data-ready] .tl-event', { timeout: 120_000 });
  const families = await web.page.locator('.tl-event').evaluateAll((as) => [...new Set(as.map((a) => [...a.classList].find((c) => c.startsWith('ef-'))))]);
  assert.deepEqual(families, ['ef-violence'], 'only violence is drawn');
  assert.equal(await web.page.locator('.timeline-filters select[name="type"]').inputValue(), violence, 'the menu says what is filtered by');
});

test('the map’s type menu groups the types its places have, and takes a family from a link', { skip, timeout: 300_000 }, async () => {
  await open(`#/map?type=${encodeURIComponent(violence)}`, '#main[data-ready] .map-filters');
  const select = web.page.locator('.map-filters select[name="type"]');
  assert.ok(await select.locator('optgroup').count() >= 1, 'grouped');
  const groups = await select.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
  const order = ['Violence', 'Arrests, courts and sanctions', 'Politics, agreements and protest', 'Other'];
  assert.deepEqual(groups, order.filter((g) => groups.includes(g)), 'in the legend’s order');
  assert.equal(await select.inputValue(), violence, 'the family a link filters by is the menu’s choice');
  const listed = await web.page.locator('.map-list tbody tr').count();
  assert.ok(listed >= 1, 'the places with violence are listed');
});
