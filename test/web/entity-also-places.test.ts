// The map and an entity page agree on where a name is: a map record links to an entity's page, and
// that page names every record the map links to it, each with its way back to the map. Before, the
// demo's "Moscow region" (the region, a record of its own on the map) led to the page of Moscow,
// which showed the city alone. On the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';
import type { Page, PlaceItem } from '../../src/server/api-types.js';

const web = demoCorpusSuite();

test('a page of a name the map shows at two places names both, and each leads to its record on the map', { skip }, async () => {
  const places = (await web.json<Page<PlaceItem>>('/api/places?limit=500')).items;
  const byEntity = new Map<string, PlaceItem[]>();
  for (const p of places) if (p.entity) byEntity.set(p.entity, [...(byEntity.get(p.entity) ?? []), p]);
  const [entity, records] = [...byEntity].find(([, list]) => list.length > 1) ?? [];
  assert.ok(entity && records, 'the demo has a name the map shows at two places (Moscow, the Moscow region)');

  await web.open(`#/entity/${encodeURIComponent(entity)}`, '#main[data-ready] .page-header');
  const links = await web.page.locator('.page-header a[href^="#/map?place="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links.sort(), records.map((p) => `#/map?place=${encodeURIComponent(p.key)}`).sort(), 'every record the map links here, once');

  // from the second record's line back to the map, whose panel names that record and links here
  const second = web.page.locator('.entity-also-places a').first();
  const key = decodeURIComponent((await second.getAttribute('href'))!.replace('#/map?place=', ''));
  const record = records.find((p) => p.key === key)!;
  assert.match(await web.page.locator('.entity-also-places').innerText(), new RegExp(record.name));
  await second.click();
  await web.page.waitForFunction((name) => document.querySelector('.map-panel h2')?.textContent === name, record.name, { timeout: 120_000 });
  assert.equal(await web.page.locator('.map-panel h2 a').getAttribute('href'), `#/entity/${encodeURIComponent(entity)}`);
});
