// The map counts a place's articles as its entity page does: a wire story two sites carry is one
// article with a copy, not two. Before: Izmir's panel said "Articles (2)" and the map's list "2",
// while Izmir's page said "in 1 article (plus 1 copy from another site)". On the demo corpus, whose
// smuggling story two outlets carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';
import type { EntityView, Page, PlaceItem } from '../../src/server/api-types.js';

const web = demoCorpusSuite();

/** A mapped place whose only articles are the demo's two copies of one text (with an entity page). */
async function placeNamedByCopiesOnly(): Promise<PlaceItem> {
  const docs = await web.json<{ items: Array<{ id: string; sameTextAs?: Array<{ id: string }> }> }>('/api/documents?limit=100');
  const copy = docs.items.find((d) => d.sameTextAs?.length);
  assert.ok(copy, 'the demo has an article that another site carries');
  const pair = new Set([copy.id, ...copy.sameTextAs!.map((d) => d.id)]);
  const places = await web.json<Page<PlaceItem>>('/api/places?limit=500');
  const place = places.items.find((p) => p.entity && p.documents.length === pair.size && p.documents.every((d) => pair.has(d.id)));
  assert.ok(place, 'a place that only the copied story names');
  return place;
}

test('a place named only by two copies of one text counts one article and one copy, as its entity page does', { skip }, async () => {
  const place = await placeNamedByCopiesOnly();
  assert.deepEqual([place.documentCount, place.copies], [1, 1], 'the listing counts the text once');
  const full = await web.json<PlaceItem>(`/api/places/${encodeURIComponent(place.key)}`);
  assert.deepEqual([full.documentCount, full.copies, full.documents.length], [1, 1, 2], 'both copies listed, one counted');
  const entity = await web.json<EntityView>(`/api/entities/${encodeURIComponent(place.entity!)}`);
  assert.deepEqual([entity.documents, entity.copies], [full.documentCount, full.copies], 'the entity page counts the same');

  await web.open(`#/map?place=${encodeURIComponent(place.key)}`, '#main[data-ready] .map-panel h2');
  const heading = web.page.locator('.map-panel h3', { hasText: /^Articles/ });
  await web.page.waitForFunction(() => !document.querySelector('.map-panel')?.textContent?.includes('Loading…'));
  assert.equal(await heading.textContent(), 'Articles (2, including 1 copy from another site)');
  assert.equal(await web.page.locator('.map-panel h3:text-matches("^Articles") + ul a[href^="#/doc/"]').count(), 2);
  // the list of places under the map counts the article once
  const row = web.page.locator('.map-list tr', { has: web.page.locator(`a[href="#/map?place=${encodeURIComponent(place.key)}"]`) });
  assert.equal(await row.locator('td.num').first().textContent(), '1');
});
