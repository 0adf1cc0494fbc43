// The timeline's, map's and search's date filters take a date in words, put ISO in the address and
// show it back in words; a date that reads two ways is refused with a message, not guessed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

test('the timeline takes "March 2025" and shows it back in words', { skip }, async () => {
  const { page, server } = web;
  await page.goto(`${server.url}/#/timeline`);
  const from = page.locator('.timeline-filters input[name="from"]');
  // a hang guard, not a speed check
  await from.waitFor({ timeout: 120_000 });
  assert.equal(await from.getAttribute('type'), 'text');
  await from.fill('March 2025');
  await page.locator('.timeline-filters input[name="to"]').fill('2 April 2025');
  await page.locator('.timeline-filters button[type="submit"]').click();
  await page.waitForFunction(() => location.hash.includes('from=2025-03'), undefined, { timeout: 120_000 });
  assert.match(await page.evaluate(() => location.hash), /from=2025-03(&|$).*to=2025-04-02/);
  await page.locator('.timeline-filters input[name="from"]').waitFor();
  assert.equal(await page.locator('.timeline-filters input[name="from"]').inputValue(), 'March 2025');
  assert.equal(await page.locator('.timeline-filters input[name="to"]').inputValue(), '2 April 2025');
  assert.match(await page.locator('.page-header .subtitle').innerText(), /from March 2025 to 2 April 2025/);
});

test('a date that reads two ways is refused on the map, with the field marked', { skip }, async () => {
  const { page, server } = web;
  await page.goto(`${server.url}/#/map`);
  const from = page.locator('.map-filters input[name="from"]');
  await from.waitFor({ timeout: 120_000 });
  await from.fill('4/5/2025');
  await page.locator('.map-filters button[type="submit"]').click();
  const status = page.locator('.map-filters .form-status');
  await status.waitFor({ timeout: 120_000 });
  assert.match(await status.innerText(), /day\/month or month\/day/);
  assert.equal(await from.getAttribute('aria-invalid'), 'true');
  assert.doesNotMatch(await page.evaluate(() => location.hash), /from=/);
});

test('search filters by a publication year typed alone', { skip }, async () => {
  const { page, server } = web;
  await page.goto(`${server.url}/#/search?q=police`);
  const from = page.locator('.search-filters input[name="from"]');
  await from.waitFor({ state: 'attached', timeout: 120_000 });
  await page.locator('.search-filters summary').click();
  await from.fill('2024');
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction(() => location.hash.includes('from=2024'), undefined, { timeout: 120_000 });
  assert.equal(await page.locator('.search-filters input[name="from"]').inputValue(), '2024');
  await page.locator('.search-filters input[name="from"]').fill('2024-03');
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction(() => location.hash.includes('from=2024-03'), undefined, { timeout: 120_000 });
  // the hash changes before the results (and their chips) are drawn again: wait until no chip still
  // shows the year alone, so that a slow search is not read as a wrong chip
  await page.waitForFunction(
    () => ![...document.querySelectorAll('.active-filters .chip-filter')].some((c) => /from 2024(?! *-)/.test(c.textContent ?? '') && !/March/.test(c.textContent ?? '')),
    undefined,
    { timeout: 120_000 },
  );
  const chip = page.locator('.active-filters .chip-filter', { hasText: 'from' });
  if (await chip.count()) assert.match(await chip.first().innerText(), /from March 2024/);
});
