// An entity page's heading is the name alone: its type's badge sits beside the h1, not in it, so a
// screen reader and a copy no longer take "… Organisation" as part of the name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, Page } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('the heading\'s accessible name is the entity\'s name; the type is still shown beside it', { skip, timeout: 300_000 }, async () => {
  const entities = await web.json<Page<EntityItem>>('/api/entities?limit=3');
  for (const e of entities.items) {
    await web.open(`#/entity/${encodeURIComponent(e.key)}`, '#main[data-ready] .view h1');
    assert.equal(await web.page.getByRole('heading', { level: 1, name: e.name, exact: true }).count(), 1, e.name);
    assert.equal(await web.page.locator('h1 .badge').count(), 0, 'no badge inside the heading');
    const badge = web.page.locator('.page-header .badge').first();
    assert.ok(await badge.isVisible());
    // beside the name, on its line (a wide screen)
    const [name, type] = await Promise.all([web.page.locator('h1').boundingBox(), badge.boundingBox()]);
    assert.ok(name && type && type.x > name.x && type.y < name.y + name.height, 'the badge on the heading\'s line');
  }
});
