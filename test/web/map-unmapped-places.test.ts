// A place the articles name that the gazetteer has no coordinates for is listed beside the map,
// linked to its page, rather than silently dropped; the list opens from the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, Page, PlaceItem } from '../../src/server/api-types.js';
import { fixtureCorpusSuite, skip } from './browser.js';

const web = fixtureCorpusSuite(['ui', 'unmapped-places']);

test('places without coordinates are counted and listed beside the map, each linked to its page', { skip, timeout: 300_000 }, async () => {
  const { page, url } = web;
  const locations = (await (await fetch(`${url}/api/entities?type=LOC&limit=500`)).json()) as Page<EntityItem>;
  const places = (await (await fetch(`${url}/api/places?brief=true`)).json()) as Page<PlaceItem>;
  const mapped = new Set(places.items.map((p) => p.entity));
  const unmapped = locations.items.filter((e) => !mapped.has(e.key));
  assert.ok(places.items.length > 0, 'a place of the article is on the map');
  assert.ok(unmapped.length > 0, `a place of the article has no coordinates (places: ${locations.items.map((e) => e.name).join(', ')})`);
  await page.goto('about:blank');
  await page.goto(`${url}/#/map`);
  await page.waitForSelector('#main[data-ready] .map-unmapped', { timeout: 120_000 });
  const summary = page.locator('.map-unmapped summary');
  assert.equal(await summary.innerText(), `${unmapped.length} ${unmapped.length === 1 ? 'place has no coordinates, so it is' : 'places have no coordinates, so they are'} not on the map`);
  await summary.focus();
  await page.keyboard.press('Enter');
  const links = page.locator('.map-unmapped li a');
  assert.equal(await links.count(), unmapped.length);
  for (const e of unmapped) assert.equal(await page.locator('.map-unmapped li a', { hasText: e.name }).getAttribute('href'), `#/entity/${encodeURIComponent(e.key)}`);
  // no mapped place is among them
  for (const p of places.items) assert.equal(await page.locator('.map-unmapped li a', { hasText: new RegExp(`^${p.name}$`) }).count(), 0, `${p.name} is on the map`);
});
