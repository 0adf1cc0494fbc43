// The reader's side panel dated an event without a date "undated", while entity pages, event cards
// and the timeline say "date unknown": one wording for one thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureCorpusSuite, skip } from './browser.js';

const web = fixtureCorpusSuite(['ui', 'reader-names']);

interface DocPage { items: Array<{ id: string }> }

test('an event without a date says "date unknown" in the side panel, as on entity pages', { skip }, async () => {
  const docs = (await (await fetch(`${web.url}/api/documents`)).json()) as DocPage;
  await web.page.goto(`${web.url}/#/doc/${docs.items[0]!.id}`);
  const events = web.page.locator('.reader-side .entity-group:has(h3:text-is("Events")) li');
  // a hang guard, not a speed check
  await events.first().waitFor({ timeout: 120_000 });
  const rows = await events.allInnerTexts();
  assert.ok(rows.length > 0, 'the article reports an event');
  assert.ok(rows.some((r) => r.includes('date unknown')), rows.join(' | '));
  assert.ok(rows.every((r) => !/\bundated\b/.test(r)), rows.join(' | '));
});
