// Small things a reader stumbled on (session 17 UI review): an event page in the extraction's
// terms ("Status: asserted", "Merged automatically (event coreference)") and a search without hits
// that still offered an open, empty "Refine" box. Each view is also saved as a desktop and a phone
// screenshot (before the assertions, so a failing run still shows what it saw).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fixtureServerSuite, skip } from './browser.js';

const SHOTS = 'test-artifacts/screenshots';
const web = fixtureServerSuite({}, () => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(hash: string, ready: string): Promise<void> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector(ready, { timeout: 120_000 });
}

async function shoot(name: string): Promise<void> {
  await web.page.screenshot({ path: `${SHOTS}/polish-${name}-desk.png`, fullPage: true });
  await web.page.setViewportSize({ width: 390, height: 844 });
  await web.page.screenshot({ path: `${SHOTS}/polish-${name}-phone.png`, fullPage: true });
  await web.page.setViewportSize({ width: 1280, height: 800 });
}

test('an event several articles report says how they state it and why the reports were matched, without jargon', { skip }, async () => {
  const events = (await web.server.get('/api/events?limit=100')).body.items as Array<{ key: string; documentCount: number; status: string; reports: unknown[] }>;
  const merged = events.find((e) => e.documentCount >= 2 && ['asserted', 'reported'].includes(e.status)); // 'reported': stored before the status taxonomy
  assert.ok(merged, 'the fixture corpus has an event stated as fact by two articles');
  await open(`#/event/${encodeURIComponent(merged.key)}`, '#main[data-ready] .report');
  await shoot('event');
  const facts = await web.page.locator('.facts').innerText();
  assert.doesNotMatch(facts, /Status|asserted|\breported\b/);
  assert.match(facts, /Reported as\s+stated as fact in the articles/);
  assert.match(await web.page.locator('.matched-note').innerText(), /^2 articles report this one event\. .*kind of event, its date, its place and who took part/);
  const why = await web.page.locator('.report').nth(1).locator('.merge-reason').innerText();
  assert.match(why, /^Matched automatically: the same kind of event \(\w+\)/);
  assert.doesNotMatch(await web.page.locator('#main').innerText(), /coreference/);
});

test('a search without hits shows no empty "Refine" box beside "0 results"', { skip }, async () => {
  await open('#/search?q=xylophonequartz', '#main[data-ready] .search-layout');
  await shoot('search-none');
  assert.match(await web.page.locator('.search-layout h2').innerText(), /^0 results for/);
  assert.equal(await web.page.locator('.search-layout .facets').count(), 0, 'no Refine box');
  const grid = await web.page.locator('.search-layout').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  assert.equal(grid, 1, 'the results take the whole width');
});

test('a search with hits still offers "Refine"', { skip }, async () => {
  const hit = (await web.server.get('/api/documents?limit=1')).body.items[0] as { title: string };
  const word = hit.title.split(/\W+/).find((w) => w.length > 4)!;
  await open(`#/search?q=${encodeURIComponent(word)}`, '#main[data-ready] .search-layout');
  assert.equal(await web.page.locator('.search-layout .facets summary').innerText(), 'Refine');
});
