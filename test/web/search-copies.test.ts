// A search result that is another site's copy of another result says so, as the library does:
// the demo corpus's wire story on two sites came back as two independent-looking hits with one snippet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchResult } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('search names a result’s copies on other sites, in the API and on the page', { skip, timeout: 300_000 }, async () => {
  const res = await web.json<SearchResult>('/api/search?q=police');
  const copies = res.items.filter((r) => r.sameTextAs?.length);
  assert.equal(copies.length, 2, JSON.stringify(res.items.map((r) => [r.title, r.sameTextAs])));
  const [a, b] = copies;
  assert.deepEqual(a.sameTextAs!.map((o) => o.id), [b.id]);
  assert.deepEqual(b.sameTextAs!.map((o) => o.id), [a.id]);
  assert.ok(res.items.some((r) => !r.sameTextAs), 'an article with no copy carries none');

  await web.open('#/search?q=police', '#main[data-ready] .results');
  const notes = await web.page.locator('.results .doc-copy').allInnerTexts();
  assert.equal(notes.length, 2, JSON.stringify(notes));
  assert.ok(notes.every((n) => n.startsWith('Near-duplicate: the same text as “')), JSON.stringify(notes));
  const linked = await web.page.locator('.results .doc-copy a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  assert.deepEqual(new Set(linked), new Set([`#/doc/${a.id}`, `#/doc/${b.id}`]));
});

test('search facets count a story and its copy on another site once, and say so', { skip, timeout: 300_000 }, async () => {
  // the Turkish raids story on two sites made every name it holds count 2 beside the Dutch story's 1
  const res = await web.json<SearchResult>('/api/search?q=police');
  const detention = res.facets.eventTypes.find((t) => t.value === 'detention')!;
  assert.deepEqual([detention.count, detention.copies], [1, 1]);
  await web.open('#/search?q=police', '#main[data-ready] .results');
  assert.equal(await web.page.locator('.facets .facet-note').innerText(), 'A story other sites copy counts once.');
  const link = web.page.locator('.facets a', { hasText: 'Detention' });
  assert.equal(await link.locator('.facet-count').innerText(), '1');
  assert.equal(await link.getAttribute('title'), '1 article (plus 1 copy from another site)');
});
