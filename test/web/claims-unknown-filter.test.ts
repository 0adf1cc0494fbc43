// A claims link naming a list the page does not have (?filter=contested: a typo or an old link)
// opens the page's own first list with its tab selected, and says which was asked for and which is
// shown; it had listed claims under no selected tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

async function openClaims(query: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/#/claims${query}`);
  await web.page.waitForSelector('#main[data-ready] .view', { timeout: 120_000 });
}

test('an unknown claims list falls back to the page\'s first list and says so', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await openClaims('');
  const opening = await page.locator('nav[aria-label="Which claims"] [aria-current="true"]').innerText();
  const openingTitles = await page.locator('.claims').innerText().catch(() => '');

  await openClaims('?filter=contested');
  const tabs = page.locator('nav[aria-label="Which claims"] [aria-current="true"]');
  assert.equal(await tabs.count(), 1, 'one tab is selected');
  assert.equal(await tabs.innerText(), opening);
  assert.equal(await page.locator('.claims').innerText().catch(() => ''), openingTitles, 'the same list as the page opens on');
  const notice = await page.getByRole('status').filter({ hasText: 'contested' }).innerText();
  assert.match(notice, new RegExp(`no list called “contested”: showing “${opening}”`));

  // a list the page has says nothing of the kind
  await openClaims('?filter=all');
  assert.equal(await page.locator('.unknown-filter').count(), 0);
  assert.equal(await page.locator('nav[aria-label="Which claims"] [aria-current="true"]').innerText(), 'All figures');
});
