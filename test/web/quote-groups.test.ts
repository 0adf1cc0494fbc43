// The same quote carried by several articles (a comma more, a cut at either end) was listed once
// per article on an entity page, and again with each "Show more". It is one quote with several
// sources: unit checks of the grouping, then the page itself with quotes of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView, Page, QuoteItem } from '../../src/server/api-types.js';
import { groupQuotes, sameQuote } from '../../src/web/lib/quote-groups.js';
import { fixtureCorpusSuite, skip } from './browser.js';

const quote = (key: string, docId: string, text: string): QuoteItem => ({ key, docId, docTitle: `Report ${docId}`, text, kind: 'direct', speaker: 'Mara Lindqvist', start: 0, end: text.length });

const FULL = 'The bridge will reopen in spring, and the toll will stay where it is.';
const CUT = 'the bridge will reopen in spring';
const PUNCTUATED = 'The bridge will reopen in spring; and the toll will stay where it is';

test('the same words, a comma more or a cut at either end, are one quote', () => {
  assert.ok(sameQuote(FULL, PUNCTUATED));
  assert.ok(sameQuote(FULL, CUT));
  assert.ok(sameQuote('“We’re not leaving,” she said', "We're not leaving, she said"));
  assert.ok(!sameQuote(FULL, 'The toll will fall in spring.'), 'other words');
  assert.ok(!sameQuote(FULL, 'in spring'), 'a short phrase inside a quote is not a cut of it');
  assert.ok(!sameQuote(FULL, 'bridge will reopen in spr'), 'whole words only');
});

test('groups keep the fullest words and every source, in order', () => {
  const groups = groupQuotes([quote('q1', 'd1', CUT), quote('q2', 'd2', 'Ferries stop at nine.'), quote('q3', 'd3', FULL), quote('q4', 'd4', PUNCTUATED)]);
  assert.equal(groups.length, 2);
  assert.equal(groups[0].quote.text, FULL);
  assert.deepEqual(groups[0].sources.map((s) => s.docId), ['d1', 'd3', 'd4']);
  assert.deepEqual(groups[1].sources.map((s) => s.key), ['q2']);
});

const web = fixtureCorpusSuite(['ui']);

test('an entity page shows a quote once, with each article that carries it, Show more included', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const people = (await (await fetch(`${web.url}/api/entities?type=PER&limit=1`)).json()) as Page<{ key: string }>;
  const key = people.items[0]?.key;
  assert.ok(key, 'the fixture names a person');
  const first = [quote('q1', 'd1', FULL), quote('q2', 'd2', PUNCTUATED), quote('q3', 'd3', 'Ferries stop at nine.')];
  const rest = [quote('q4', 'd4', CUT), quote('q5', 'd5', 'Nobody told the harbour crews.')];
  await page.route(`**/api/entities/${encodeURIComponent(key)}?*`, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as EntityView;
    await route.fulfill({ response: res, json: { ...body, type: 'PER', quotes: first, quoteCount: first.length + rest.length } });
  });
  await page.route('**/api/quotes?*', (route) => route.fulfill({ json: { total: 5, limit: 50, offset: 3, items: rest } }));
  await page.goto('about:blank');
  await page.goto(`${web.url}/#/entity/${encodeURIComponent(key)}`);
  await page.waitForSelector('#main[data-ready]:not([aria-busy]) .view', { timeout: 120_000 });
  const section = page.locator('section', { has: page.getByRole('heading', { name: /^What .+ said/ }) });
  assert.equal(await section.locator('blockquote.quote').count(), 2, 'the punctuated copy joins the full quote');
  const bridge = section.locator('blockquote.quote', { hasText: 'bridge' });
  assert.deepEqual(await bridge.locator('footer a').allInnerTexts(), ['Report d1', 'Report d2']);

  await section.getByRole('button', { name: /^Show more of what .+ said/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((s) => /more quote.* shown/.test(s.textContent ?? '')));
  assert.equal(await section.locator('blockquote.quote').count(), 3, 'the cut copy on the next page joins too; the new quote is added');
  assert.deepEqual(await bridge.locator('footer a').allInnerTexts(), ['Report d1', 'Report d2', 'Report d4']);
  assert.match(await bridge.locator('p').innerText(), /toll will stay where it is/, 'the fullest words are shown');
  await page.unroute('**/api/quotes?*');
  await page.unroute(`**/api/entities/${encodeURIComponent(key)}?*`);
});
