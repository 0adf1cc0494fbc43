// An entity page's "Mentioned together with" list is ordered by the count it shows. The count is
// of articles naming both, a near-duplicate copy from another site not counted again; the order
// used to be by the count with copies, so "Greek · 1 article" (an article and its copy) came
// above "Spain · 2 articles" and the list read as unsorted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

// The demo corpus holds an article and its copy from another site, both naming the European Union.
const web = demoCorpusSuite();

test('the names mentioned together with an entity are listed most shared articles first', { skip }, async () => {
  const found = await web.json<{ items: Array<{ key: string; name: string }> }>('/api/entities?q=European%20Union&limit=5');
  const eu = found.items.find((e) => e.name === 'European Union');
  assert.ok(eu, 'the demo corpus names the European Union');
  const detail = await web.json<EntityView>(`/api/entities/${encodeURIComponent(eu.key)}`);
  assert.ok(detail.coMentioned.some((c) => c.sharedCopies), 'some name shares a copied article with it (the shape tested)');
  assert.deepEqual(detail.coMentioned.map((c) => c.shared), [...detail.coMentioned.map((c) => c.shared)].sort((a, b) => b - a), 'the API lists them by the count it gives');

  await web.open(`#/entity/${encodeURIComponent(eu.key)}`, '#main[data-ready] .co-mentioned');
  const shown = (await web.page.locator('.co-mentioned li a.small').allInnerTexts()).map((t) => Number(/\d+/.exec(t)?.[0]));
  assert.ok(shown.length > 3);
  for (let i = 1; i < shown.length; i++) assert.ok(shown[i] <= shown[i - 1], `“${shown[i]} articles” is listed below “${shown[i - 1]}”: ${shown.join(', ')}`);
});
