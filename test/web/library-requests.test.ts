// The library's first view asks the server twice (the overview with its most mentioned names per
// type, and a page of articles), not seven times (overview, articles, disputed events, then one
// entity list per type), and shows the same names and counts as before. Fixture corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, Overview, Page } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

test('the library asks for the overview and the articles only', { skip, timeout: 300_000 }, async () => {
  const asked: string[] = [];
  const listen = (r: { url(): string }) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
  };
  web.page.on('request', listen);
  try {
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/`);
    // a hang guard, not a speed check
    await web.page.waitForSelector('#main[data-ready] .stats', { timeout: 120_000 });
  } finally {
    web.page.off('request', listen);
  }
  assert.deepEqual(asked.map((u) => u.replace(/\?.*/, '')).sort(), ['/api/documents', '/api/overview'], asked.join(' '));
  const overview = (await web.server.get('/api/overview')).body as Overview;
  const disputed = (await web.server.get('/api/events?disputed=true&limit=1')).body as Page<unknown>;
  const value = async (label: string) => Number(await web.page.locator('.stat', { hasText: label }).locator('.stat-value').innerText());
  assert.equal(await value('of them disputed'), overview.disputedClaims - overview.disputedEventClaims + disputed.total);
  // the most mentioned person is the first of the entity listing's people
  const people = (await web.server.get('/api/entities?type=PER&limit=1')).body as Page<EntityItem>;
  const firstPerson = web.page.locator('.entity-group', { has: web.page.getByRole('heading', { name: 'Person' }) }).locator('.chips a').first();
  assert.match(await firstPerson.innerText(), new RegExp(`^${people.items[0].name}`));
});
