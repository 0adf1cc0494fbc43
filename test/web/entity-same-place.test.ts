// One place that the articles name two ways is two entities: each page names the other, so a reader
// on either finds the articles under both names. The demo names one country by its short name and
// by its formal one. On the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';
import type { EntityView, Page, PlaceItem } from '../../src/server/api-types.js';

const web = demoCorpusSuite();

test('an entity page names the other names of its place, each a link to its page', { skip }, async () => {
  const places = (await web.json<Page<PlaceItem>>('/api/places?limit=500')).items;
  let found: { view: EntityView; other: NonNullable<EntityView['samePlace']>[number] } | null = null;
  for (const p of places.filter((x) => x.entity)) {
    const view = await web.json<EntityView>(`/api/entities/${encodeURIComponent(p.entity!)}`);
    if (view.samePlace?.length) {
      found = { view, other: view.samePlace[0] };
      break;
    }
  }
  assert.ok(found, 'the demo has a place named two ways');
  const { view, other } = found;

  await web.open(`#/entity/${encodeURIComponent(view.key)}`, '#main[data-ready] .page-header');
  const line = web.page.locator('.entity-same-place');
  assert.match(await line.innerText(), new RegExp(`^The same place is also named: ${other.name} \\(1 article\\)`));
  await line.locator('a').first().click();
  await web.page.waitForFunction((name) => document.querySelector('#main[data-ready] h1')?.textContent === name, other.name, { timeout: 120_000 });
  assert.match(await web.page.locator('.entity-same-place').innerText(), new RegExp(view.name));

  // the map's panel of the place names both, each a link to its page
  await web.open(`#/map?place=${encodeURIComponent(view.place!.key)}`, '.map-panel .place-names');
  const names = await web.page.locator('.map-panel .place-names a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(names.map(([name]) => name).sort(), [view.name, other.name].sort());
  assert.ok(names.every(([, href]) => href?.startsWith('#/entity/')));
});
