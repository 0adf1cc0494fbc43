// An event page in a reader's words: a date given as a year or a month is not restated as an ISO
// interval ("somewhere in 2023-01-01 to 2024-01-01, exclusive"), and the reports' heading speaks
// of their order only when there are several to order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

interface Tl { items: Array<{ key: string; date: { iso: string; precision: string } | null; documentCount: number }> }

async function timeline(): Promise<Tl['items']> {
  return ((await web.server.get('/api/timeline?limit=200')).body as Tl).items;
}

async function openEvent(key: string): Promise<void> {
  await web.page.goto(`${web.server.url}/#/event/${encodeURIComponent(key)}`);
  // a hang guard, not a speed check
  await web.page.waitForSelector('dl.facts', { timeout: 120_000 });
}

test('an event dated by a month or a year shows that date alone, with no ISO interval', { skip }, async () => {
  const vague = (await timeline()).filter((e) => e.date && (e.date.precision === 'year' || e.date.precision === 'month'));
  assert.ok(vague.length >= 2, 'the fixture has events dated by a month and by a year');
  for (const e of vague) {
    await openEvent(e.key);
    const when = await web.page.locator('dd[data-field="date"]').innerText();
    assert.doesNotMatch(when, /exclusive|somewhere|\d{4}-\d{2}-\d{2}/, when);
    assert.match(when, /\b\d{4}\b/, when);
  }
});

test('one report is headed "Reports (1)"; several are said, under the heading, to be in order of publication', { skip }, async () => {
  const items = await timeline();
  const single = items.find((e) => e.documentCount === 1)!;
  await openEvent(single.key);
  assert.ok(await eventually(async () => (await web.page.locator('.report').count()) === 1));
  assert.ok(await web.page.getByRole('heading', { name: 'Reports (1)', exact: true }).isVisible());
  const several = items.find((e) => e.documentCount > 1)!;
  await openEvent(several.key);
  assert.ok(await web.page.getByRole('heading', { name: /^Reports \(\d+\)$/ }).isVisible());
  assert.match(await web.page.locator('.report-order').innerText(), /^Listed in the order they were published, earliest first/);
});
