// The map page's heading counts the places its list shows and the library counts (it said "N places
// and M countries": markers and shaded countries, which summed past the library's figure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

test('the map heading, its list and the library count the same places', { skip }, async () => {
  const overview = (await web.server.get('/api/overview')).body as { places: number };
  await web.page.goto(`${web.server.url}/#/map`);
  // a hang guard, not a speed check
  await web.page.waitForSelector('.map-svg .marker', { timeout: 120_000 });
  const subtitle = await web.page.locator('.page-header .subtitle').innerText();
  assert.match(subtitle, new RegExp(`^${overview.places} places named in the articles`), subtitle);
  const listed = await web.page.locator('.map-list summary').innerText();
  assert.match(listed, new RegExp(`^The ${overview.places} places as a list`), listed);
});
