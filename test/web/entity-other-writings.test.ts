// An entity page's "Also written as" listed a dateline's capitals ("GOMA" under "Goma") as another
// name. Forms that differ from the name, or from each other, in letter case only are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView, Page } from '../../src/server/api-types.js';
import { otherWritings } from '../../src/web/lib/other-writings.js';
import { fixtureCorpusSuite, skip } from './browser.js';

test('forms in other letter case are the name again; other forms stay, most used first', () => {
  const aliases = [{ text: 'Harrowgate', count: 4 }, { text: 'HARROWGATE', count: 2 }, { text: 'Harrowgate Borough', count: 1 }, { text: 'HARROWGATE BOROUGH', count: 1 }];
  assert.deepEqual(otherWritings('Harrowgate', aliases), ['Harrowgate Borough']);
  assert.deepEqual(otherWritings('Ministry of Ports', [{ text: 'MINISTRY OF PORTS' }]), []);
  assert.deepEqual(otherWritings('Ministry of Ports', [{ text: 'MoP' }, { text: 'the ports ministry' }]), ['MoP', 'the ports ministry']);
});

const web = fixtureCorpusSuite(['ui']);

test('an entity page lists the other writings of its name, not its capitals', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const places = (await (await fetch(`${web.url}/api/entities?type=LOC&limit=1`)).json()) as Page<{ key: string; name: string }>;
  const place = places.items[0];
  assert.ok(place, 'the fixture names a place');
  const route = `**/api/entities/${encodeURIComponent(place.key)}?*`;
  let aliases = [{ text: place.name, count: 3 }, { text: place.name.toUpperCase(), count: 1 }, { text: `Old ${place.name}`, count: 1 }];
  await page.route(route, async (r) => {
    const res = await r.fetch();
    const body = (await res.json()) as EntityView;
    await r.fulfill({ response: res, json: { ...body, aliases } });
  });
  try {
    await page.goto('about:blank');
    await page.goto(`${web.url}/#/entity/${encodeURIComponent(place.key)}`);
    await page.waitForSelector('#main[data-ready]:not([aria-busy]) .view', { timeout: 120_000 });
    assert.deepEqual(await page.locator('.aliases .alias').allInnerTexts(), [`Old ${place.name}`]);

    aliases = [{ text: place.name, count: 3 }, { text: place.name.toUpperCase(), count: 1 }];
    await page.goto('about:blank');
    await page.goto(`${web.url}/#/entity/${encodeURIComponent(place.key)}`);
    await page.waitForSelector('#main[data-ready]:not([aria-busy]) .view', { timeout: 120_000 });
    assert.equal(await page.locator('.aliases').count(), 0, 'no "Also written as" for capitals alone');
  } finally {
    await page.unroute(route);
  }
});
