// The claims page's downloads hold what the page shows: with no figure stated twice there is no
// claims file to offer (it would be a header alone), and the events the articles report
// differently, which the page does show, can be saved as they are listed, one row per report with
// what the reports disagree on. Over the hand-annotated fixture corpus, whose claim groups are
// hidden for the first test as on a corpus where no figure is stated twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import { downloadedText, fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

async function open(hash: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector('#main[data-ready] .view', { timeout: 120_000 });
}

test('with no claim group, the page offers no claims file but saves the disputed events it lists', { skip, timeout: 300_000 }, async () => {
  await web.page.route('**/api/claims?**', (route: Route) => route.fulfill({ json: { total: 0, limit: 20, offset: 0, items: [] } }));
  try {
    await open('#/claims');
    // a group holds one quantity: the same number stated twice about different things makes none
    const said = await web.page.locator('.empty-state').first().textContent();
    assert.match(said ?? '', /two articles state a figure about the same thing/, `the empty message says what a group needs: ${said}`);
    const links = await web.page.locator('.download-line').getByRole('link').allTextContents();
    assert.ok(!links.includes('Claims (CSV)'), `no claims file that would hold a header alone: ${links.join(', ')}`);
    const section = web.page.locator('section', { hasText: 'Events the articles report differently' });
    const link = section.getByRole('link', { name: /event.*\(CSV\)/ });
    assert.equal(await link.count(), 1, 'the disputed events the page shows can be saved');
    const [download] = await Promise.all([web.page.waitForEvent('download', { timeout: 120_000 }), link.click()]);
    const text = await downloadedText(download);
    const lines = text.trim().split(/\r?\n/);
    assert.match(text, /^\uFEFFevent_id,event,event_type,date,place,disagree_on,doc,article,/, 'with the byte-order mark the exported CSVs carry, so Excel reads UTF-8');
    const shown = await section.locator('.event-card').count();
    const keys = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    assert.equal(keys.size, shown, `one event in the file per card on the page: ${text}`);
    assert.ok(lines.length - 1 >= 2 * shown, 'each of its reports (a dispute needs two)');
    assert.match(text, /killed/, 'what the reports disagree on');
  } finally {
    await web.page.unrouteAll();
  }
});

test('with claim groups, the claims file is offered as before', { skip, timeout: 300_000 }, async () => {
  await open('#/claims');
  const links = await web.page.locator('.download-line').first().getByRole('link').allTextContents();
  assert.ok(links.includes('Claims (CSV)'), links.join(', '));
});
