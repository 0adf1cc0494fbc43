// "What X said (N)" counted every wording the server had, before near-duplicates were grouped, so
// the heading said 3 over two quotes. It counts the quotes shown; while more are still to load it
// says how many at most, since the rest may join quotes already shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView, Page, QuoteItem } from '../../src/server/api-types.js';
import { quoteHeading } from '../../src/web/lib/quote-groups.js';
import { fixtureCorpusSuite, skip } from './browser.js';

const quote = (key: string, docId: string, text: string): QuoteItem => ({ key, docId, docTitle: `Bulletin ${docId}`, text, kind: 'direct', speaker: 'Tove Arneberg', start: 0, end: text.length });

const HARBOUR = 'The night ferry to the islands will run again from the first week of April.';
const HARBOUR_CUT = 'the night ferry to the islands will run again';
const FARES = 'Fares for pensioners are not going up this year.';

test('the heading counts the quotes shown, and says "at most" while more are to load', () => {
  assert.equal(quoteHeading('Tove Arneberg', 2, 0), 'What Tove Arneberg said (2)');
  assert.equal(quoteHeading('Tove Arneberg', 2, 3), 'What Tove Arneberg said (2 shown of up to 5)');
  assert.equal(quoteHeading('Tove Arneberg', 1200, 0), 'What Tove Arneberg said (1,200)');
});

const web = fixtureCorpusSuite(['ui']);

async function personKey(): Promise<string> {
  const people = (await (await fetch(`${web.url}/api/entities?type=PER&limit=1`)).json()) as Page<{ key: string }>;
  const key = people.items[0]?.key;
  assert.ok(key, 'the fixture names a person');
  return key;
}

test('an entity page counts a quote two articles carry once', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const key = await personKey();
  const quotes = [quote('q1', 'd1', HARBOUR), quote('q2', 'd2', HARBOUR_CUT), quote('q3', 'd3', FARES)];
  const route = `**/api/entities/${encodeURIComponent(key)}?*`;
  await page.route(route, async (r) => {
    const res = await r.fetch();
    const body = (await res.json()) as EntityView;
    await r.fulfill({ response: res, json: { ...body, type: 'PER', quotes, quoteCount: quotes.length } });
  });
  try {
    await page.goto('about:blank');
    await page.goto(`${web.url}/#/entity/${encodeURIComponent(key)}`);
    await page.waitForSelector('#main[data-ready]:not([aria-busy]) .view', { timeout: 120_000 });
    const section = page.locator('section', { has: page.getByRole('heading', { name: /^What .+ said \(/ }) });
    assert.equal(await section.locator('blockquote.quote').count(), 2);
    assert.match(await section.getByRole('heading').innerText(), /^What .+ said \(2\)$/);
    assert.equal(await section.getByRole('button').count(), 0, 'nothing more to load');
  } finally {
    await page.unroute(route);
  }
});

test('the count grows as Show more adds quotes, and a copy that joins one adds nothing', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const key = await personKey();
  const first = [quote('q1', 'd1', HARBOUR)];
  const rest = [quote('q2', 'd2', HARBOUR_CUT), quote('q3', 'd3', FARES)];
  const route = `**/api/entities/${encodeURIComponent(key)}?*`;
  await page.route(route, async (r) => {
    const res = await r.fetch();
    const body = (await res.json()) as EntityView;
    await r.fulfill({ response: res, json: { ...body, type: 'PER', quotes: first, quoteCount: first.length + rest.length } });
  });
  await page.route('**/api/quotes?*', (r) => r.fulfill({ json: { total: 3, limit: 50, offset: 1, items: rest } }));
  try {
    await page.goto('about:blank');
    await page.goto(`${web.url}/#/entity/${encodeURIComponent(key)}`);
    await page.waitForSelector('#main[data-ready]:not([aria-busy]) .view', { timeout: 120_000 });
    const section = page.locator('section', { has: page.getByRole('heading', { name: /^What .+ said \(/ }) });
    const heading = section.getByRole('heading');
    assert.match(await heading.innerText(), /^What .+ said \(1 shown of up to 3\)$/);
    await section.getByRole('button', { name: /^Show more of what .+ said/ }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((s) => /more quote.* shown/.test(s.textContent ?? '')));
    assert.equal(await section.locator('blockquote.quote').count(), 2);
    assert.match(await heading.innerText(), /^What .+ said \(2\)$/);
  } finally {
    await page.unroute('**/api/quotes?*');
    await page.unroute(route);
  }
});
