// On the Claims page, an event whose reports disagree says which article gives which value, as the
// event page does: each disputed value with links to the articles that give it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventItem } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

test('each disputed value of an event card names the articles that give it', { skip, timeout: 300_000 }, async () => {
  await web.page.goto(`${web.server.url}/#/claims`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector('#main[data-ready] .view', { timeout: 120_000 });
  const section = web.page.locator('section', { hasText: 'Events the articles report differently' });
  const card = section.locator('.event-card').first();
  const key = await card.getAttribute('data-event');
  assert.ok(key, 'the fixture corpus has a disputed event');
  const event = (await (await fetch(`${web.server.url}/api/events/${encodeURIComponent(key!)}`)).json()) as EventItem;
  assert.ok(event.conflicts.length > 0, 'its reports disagree');
  const titles = new Map(event.reports.map((r) => [r.key, r.docTitle]));
  for (const c of event.conflicts) {
    const values = card.locator(`.event-disagreements li[data-field="${c.field}"] .disagreement-value`);
    assert.equal(await values.count(), c.values.length, `every value of ${c.field}`);
    for (let i = 0; i < c.values.length; i++) {
      const links = await values.nth(i).getByRole('link').allTextContents();
      assert.ok(links.length > 0, `value ${i} of ${c.field} names an article`);
      const expected = new Set(c.values[i].reports.map((k) => `“${titles.get(k)}”`));
      for (const l of links) assert.ok(expected.has(l), `${l} gives this value (${[...expected].join(', ')})`);
    }
  }
});
