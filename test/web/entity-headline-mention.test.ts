// An entity page's mention in an article's headline shows the headline once: its source line says
// "the article's headline" instead of repeating the title under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, Page } from '../../src/server/api-types.js';
import { fixtureCorpusSuite, skip } from './browser.js';

const web = fixtureCorpusSuite(['ui', 'event-claims']);

test('a mention in a headline is not followed by the same headline', { skip, timeout: 300_000 }, async () => {
  const found = (await (await fetch(`${web.url}/api/entities?q=Kano&limit=5`)).json()) as Page<EntityItem>;
  const kano = found.items.find((e) => e.name === 'Kano');
  assert.ok(kano, found.items.map((e) => e.name).join(', '));
  await web.page.goto(`${web.url}/#/entity/${encodeURIComponent(kano.key)}`);
  await web.page.waitForSelector('#main[data-ready] .kwic li', { timeout: 120_000 });
  const rows = await web.page.locator('.kwic li').evaluateAll((lis) => lis.map((li) => ({
    line: li.querySelector('.kwic-line')!.textContent!.trim(),
    source: li.querySelector('.kwic-source')!.textContent!.trim(),
  })));
  const headline = rows.find((r) => r.line === 'Bus bombing in Kano kills 31, police say');
  assert.ok(headline, `the headline mention is listed: ${JSON.stringify(rows)}`);
  assert.equal(headline.source, 'the article’s headline');
  assert.ok(rows.some((r) => r.source === 'Bus bombing in Kano kills 31, police say'), 'a mention in the text still names its article');
  assert.ok(!rows.some((r) => r.line === r.source), JSON.stringify(rows));
});
