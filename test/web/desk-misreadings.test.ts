// What a journalist would misread on the demo corpus at a desktop's size: labels of the same kind
// written two ways, a page opening on the wrong list, copies read as independent sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('map: every cluster is named one way, on its label, its tooltip and the list under the map', { skip }, async () => {
  // Before: "Izmir +4" beside "Ankara and 2 more", as if they were different kinds of label.
  await web.page.setViewportSize({ width: 1280, height: 800 });
  await web.open('#/map', '.map-svg .marker');
  const names = await web.page.evaluate(() => ({
    labels: [...document.querySelectorAll('.map-svg .marker-label')].map((l) => l.textContent ?? ''),
    titles: [...document.querySelectorAll('.map-svg .marker-cluster > title')].map((t) => t.textContent ?? ''),
    listed: [...document.querySelectorAll('.map-label-note button')].map((b) => b.textContent ?? ''),
  }));
  assert.ok(names.titles.length > 0, 'the demo map has clusters (the case this test is about)');
  const all = [...names.labels, ...names.titles, ...names.listed];
  assert.deepEqual(all.filter((n) => / and \d+ more/.test(n)), [], JSON.stringify(names));
  assert.ok(names.titles.every((n) => / \+\d+$/.test(n)), JSON.stringify(names.titles));
});

test('claims: the page opens on the disputed claims when there are any', { skip }, async () => {
  // Before: it opened on "Stated more than once", a disputed figure one click away.
  const overview = await web.json<{ disputedClaims: number; disputedEvents: number }>('/api/overview');
  assert.ok(overview.disputedClaims + overview.disputedEvents > 0, 'the demo has a dispute (the case this test is about)');
  await web.open('#/claims', '#main[data-ready] .segmented a[aria-current]');
  assert.equal(await web.page.locator('.segmented a[aria-current]').innerText(), 'Disputed');
  assert.ok(await web.page.locator('.claim-disputed, .disputed-events').count() > 0, 'a dispute is on the first screen');
  // a filter asked for is kept
  await web.open('#/claims?filter=compared', '#main[data-ready] .segmented a[aria-current]');
  assert.equal(await web.page.locator('.segmented a[aria-current]').innerText(), 'Stated more than once');
});

test('event: reports in copies of one text are said to be one text, and each copy is marked', { skip }, async () => {
  // Before: "reported by 2 articles" over one wire story that two sites carried, read as two sources.
  const list = await web.json<{ items: Array<{ key: string }> }>('/api/events?limit=200');
  let copied: { key: string; documentCount: number; reports: Array<{ copyOf?: string }> } | undefined;
  for (const { key } of list.items) {
    const e = await web.json<{ key: string; documentCount: number; reports: Array<{ copyOf?: string }> }>(`/api/events/${encodeURIComponent(key)}`);
    if (e.reports.some((r) => r.copyOf)) { copied = e; break; }
  }
  assert.ok(copied, 'the demo has an event reported in near-duplicate copies (the case this test is about)');
  const copies = copied.reports.filter((r) => r.copyOf).length;
  await web.open(`#/event/${encodeURIComponent(copied.key)}`, '#main[data-ready] .report');
  const subtitle = await web.page.locator('.page-header .subtitle').innerText();
  assert.match(subtitle, new RegExp(`reported by ${copied.documentCount} articles, ${copied.documentCount - copies} texts?$`), subtitle);
  assert.equal(await web.page.locator('.report .copy-tag').count(), copies);
  assert.match(await web.page.locator('.matched-note').innerText(), /copy/);
});

test('library: an article another site carries word for word says so, naming the other', { skip }, async () => {
  // Before: the two copies were listed as two unrelated articles.
  const docs = await web.json<{ items: Array<{ id: string; title: string; sameTextAs?: Array<{ id: string; title: string }> }> }>('/api/documents?limit=200');
  const copied = docs.items.filter((d) => d.sameTextAs?.length);
  assert.ok(copied.length >= 2, 'the demo has a near-duplicate pair (the case this test is about)');
  for (const d of copied) assert.ok(d.sameTextAs!.every((o) => docs.items.some((x) => x.id === o.id && x.title === o.title) && o.id !== d.id), JSON.stringify(d));
  await web.open('#/', '#main[data-ready] .doc-list');
  const marked = await web.page.locator('.doc-list li', { has: web.page.locator('.doc-copy') }).count();
  assert.equal(marked, copied.length);
  assert.match(await web.page.locator('.doc-copy').first().innerText(), /^Near-duplicate: the same text as “.+”$/);
});
