// Skip links, by keyboard. The article page offers a second one, past its header and highlight keys
// to the text; "Skip to content" had opened a "Not found" page (its #main read as a route).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** Loads `hash` afresh, so focus starts at the top of the page. */
async function load(hash: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  await web.page.waitForSelector('#main[data-ready] .view');
}

const focused = () => web.page.evaluate(() => {
  const a = document.activeElement as HTMLElement;
  const box = a.getBoundingClientRect();
  return { text: a.textContent?.trim() ?? '', id: a.id, inText: !!a.closest('.reader-text'), shown: box.left >= 0 && box.top >= 0 && box.width > 0 };
});

async function firstDocument(): Promise<string> {
  const docs = (await (await fetch(`${web.server.url}/api/documents?limit=1`)).json()) as { items: Array<{ id: string }> };
  assert.ok(docs.items[0], 'the fixture corpus has an article');
  return docs.items[0].id;
}

test('on an article, the second Tab offers “Skip to the article text”, shown while focused; Enter puts the next Tab on the text’s first highlight', { skip, timeout: 300_000 }, async () => {
  const hash = `#/doc/${await firstDocument()}`;
  await load(hash);
  await web.page.keyboard.press('Tab');
  assert.equal((await focused()).text, 'Skip to content');
  await web.page.keyboard.press('Tab');
  const link = await focused();
  assert.equal(link.text, 'Skip to the article text');
  assert.ok(link.shown, 'the focused skip link is on screen');
  await web.page.keyboard.press('Enter');
  assert.equal((await focused()).id, 'reader-text', 'focus is on the text');
  assert.ok(web.page.url().endsWith(hash), 'the address is the article’s still');
  await web.page.keyboard.press('Tab');
  assert.ok((await focused()).inText, 'the next stop is inside the text, past the header and the keys');
  assert.equal(await web.page.locator('.error-card').count(), 0);
});

test('“Skip to content” moves focus to the page and stays on it; away from an article its own skip link is gone', { skip, timeout: 300_000 }, async () => {
  const hash = `#/doc/${await firstDocument()}`;
  await load(hash);
  await web.page.keyboard.press('Tab');
  await web.page.keyboard.press('Enter');
  assert.equal((await focused()).id, 'main');
  assert.ok(web.page.url().endsWith(hash), 'no route to “main”');
  assert.equal(await web.page.locator('.error-card').count(), 0, 'no “Not found” page');
  // to the library and back: one reader skip link, none on the library
  await web.page.evaluate(() => (location.hash = '#/'));
  await web.page.waitForSelector('#main[data-ready] .doc-list');
  assert.equal(await web.page.locator('.skip-link').count(), 1);
  await web.page.evaluate((h) => (location.hash = h), hash);
  await web.page.waitForSelector('#main[data-ready] .reader-text');
  assert.equal(await web.page.locator('.skip-link', { hasText: 'article text' }).count(), 1);
});
