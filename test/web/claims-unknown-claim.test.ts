// A link to a claim this knowledge base no longer holds (claims are regrouped as articles are added
// or merged) opens the page's own first list with its tab selected, and says which claim was asked
// for; it had shown a "This claim" tab over "No disputed figures …", as though the claim had been checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

async function openClaims(query: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/#/claims${query}`);
  await web.page.waitForSelector('#main[data-ready] .view', { timeout: 120_000 });
}

test('a claim that is not stored opens the first list, and the page says so', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await openClaims('');
  const opening = await page.locator('nav[aria-label="Which claims"] [aria-current="true"]').innerText();

  await openClaims('?claim=clm_lighthouse_keepers');
  const tabs = page.locator('nav[aria-label="Which claims"] [aria-current="true"]');
  assert.equal(await tabs.count(), 1, 'one tab is selected');
  assert.equal(await tabs.innerText(), opening);
  assert.equal(await page.locator('nav[aria-label="Which claims"] a', { hasText: 'This claim' }).count(), 0, 'no tab for a claim that is not there');
  const notice = await page.locator('.unknown-claim').innerText();
  assert.equal(notice, `No claim with the key “clm_lighthouse_keepers” is in this knowledge base (claims are regrouped as articles are added or merged): showing “${opening}”.`);
  assert.equal(await page.getByRole('status').filter({ hasText: 'clm_lighthouse_keepers' }).count(), 1, 'told to a screen reader');
});
