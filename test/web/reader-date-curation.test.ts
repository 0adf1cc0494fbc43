// Setting an article's date from the reader takes it in words ("3 March 2025", "March 2025") as
// the filters do, shows it back in words, and refuses a date that reads two ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const TOKEN = 'secret-token-789';
const web = fixtureServerSuite({ token: TOKEN });

test('an article\'s date set in words, a two-way date refused', { skip }, async () => {
  const { page, server } = web;
  const docId = server.docIds[0]!;
  await page.goto(`${server.url}/#/doc/${docId}`);
  // a hang guard, not a speed check
  await page.locator('.reader-text').waitFor({ timeout: 120_000 });
  const form = page.locator('.curation .token-form');
  if (await form.count()) {
    await form.locator('input').fill(TOKEN);
    await form.getByRole('button', { name: 'Edit' }).click();
  }
  const field = page.locator('#doc-date');
  await field.waitFor({ timeout: 120_000 });
  await field.fill('4/5/2031');
  await page.getByRole('button', { name: 'Set date' }).click();
  await page.waitForFunction(() => /day\/month or month\/day/.test(document.querySelector('.curation-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await page.locator('#doc-date').fill('March 2031');
  await page.getByRole('button', { name: 'Set date' }).click();
  await page.waitForSelector('.set-by-person', { timeout: 120_000 });
  assert.match(await page.locator('.doc-meta .published').innerText(), /March 2031 \(date set by a person\)/);
  assert.match(await page.locator('.curation').innerText(), /Published March 2031/);
  const doc = (await server.get(`/api/documents/${docId}`)).body as { meta: { published: { value: string } } };
  assert.equal(doc.meta.published.value, '2031-03');
});
