// An entity quoted more often than its page lists: the heading says how many are shown of how many
// at most, and a button
// brings the rest a page at a time, each linked to its sentence. (The page is made to list one
// quote only here, as it lists the first fifty of a much-quoted name.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView, Page, QuoteItem } from '../../src/server/api-types.js';
import { fixtureCorpusSuite, skip } from './browser.js';

const web = fixtureCorpusSuite(['ui', 'many-quotes']);

test('the quotes the entity page leaves out are a button press away, without duplicates', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const server = { url: web.url };
  const quotes = (await (await fetch(`${server.url}/api/quotes?limit=500`)).json()) as Page<QuoteItem & { speakerEntity?: string }>;
  const counts = new Map<string, number>();
  for (const q of quotes.items) if (q.speakerEntity) counts.set(q.speakerEntity, (counts.get(q.speakerEntity) ?? 0) + 1);
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  assert.ok(key && counts.get(key)! >= 2, `the fixture article quotes someone twice or more (${JSON.stringify([...counts])})`);
  const full = (await (await fetch(`${server.url}/api/entities/${encodeURIComponent(key)}`)).json()) as EntityView;
  // the entity as a page listing only its first quote, its count untouched
  await page.route(`**/api/entities/${encodeURIComponent(key)}?*`, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as EntityView;
    await route.fulfill({ response: res, json: { ...body, quotes: body.quotes.slice(0, 1) } });
  });
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/entity/${encodeURIComponent(key)}`);
  await page.waitForSelector('#main[data-ready]:not([aria-busy]) .view', { timeout: 120_000 });
  const section = page.locator('section', { has: page.getByRole('heading', { name: /^What .+ said \(/ }) });
  const heading = section.getByRole('heading');
  assert.match(await heading.innerText(), new RegExp(`^What .+ said \\(1 shown of up to ${full.quoteCount}\\)$`));
  assert.equal(await section.locator('blockquote.quote').count(), 1);
  const more = section.getByRole('button', { name: /^Show more of what .+ said/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((s) => /more quotes? shown\./.test(s.textContent ?? '')));
  const texts = await section.locator('blockquote.quote p').allInnerTexts();
  assert.equal(texts.length, full.quotes.length, 'every quote, once');
  assert.equal(new Set(texts).size, texts.length, 'none twice');
  for (const href of await section.locator('blockquote.quote footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) assert.match(href ?? '', /^#\/doc\//);
  assert.equal(await more.count(), 0, 'no button once all are shown');
  assert.match(await heading.innerText(), new RegExp(`^What .+ said \\(${texts.length}\\)$`), 'the heading counts the quotes shown');
  await page.unroute(`**/api/entities/${encodeURIComponent(key)}?*`);
});
