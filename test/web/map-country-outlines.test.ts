// The map shades and opens a country the articles name by its ISO numeric code, not by name: the
// world outlines are named "Dem. Rep. Congo" and "United States of America", the gazetteer
// "Democratic Republic of the Congo" and "United States", so in the demo both were left grey and
// a click on them said nothing of Goma, Kinshasa or Newark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlacePage } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';
import { countryNumericCode } from '../../src/server/country-ids.js';

const demo = demoCorpusSuite();

test('places carry their country’s numeric code, the world map’s id for its outline', () => {
  assert.equal(countryNumericCode('CD'), '180');
  assert.equal(countryNumericCode('us'), '840');
  assert.equal(countryNumericCode('ZZ'), undefined);
  assert.equal(countryNumericCode(null), undefined);
});

test('a country named in full by the gazetteer and in short by the world outlines is shaded, and its click lists its places', { skip }, async () => {
  const places = await demo.json<PlacePage>('/api/places?limit=500&brief=true');
  assert.equal(places.items.find((p) => p.name === 'Goma')?.countryId, '180');
  await demo.open('#/map', '.map-svg .country');
  for (const outline of ['Dem. Rep. Congo', 'United States of America', 'Turkey'])
    assert.match((await demo.page.locator(`path[data-country="${outline}"]`).getAttribute('class')) ?? '', /country-mentioned/, outline);
  assert.doesNotMatch((await demo.page.locator('path[data-country="Brazil"]').getAttribute('class')) ?? '', /country-mentioned/, 'a country no article names');
  await demo.page.locator('path[data-country="Dem. Rep. Congo"]').dispatchEvent('click');
  await demo.page.waitForFunction(() => (document.querySelector('.map-panel h2')?.textContent ?? '') !== '');
  assert.equal(await demo.page.locator('.map-panel h2').innerText(), 'Democratic Republic of the Congo');
  const panel = await demo.page.locator('.map-panel').innerText();
  assert.match(panel, /Goma/);
  assert.match(panel, /Kinshasa/);
});
