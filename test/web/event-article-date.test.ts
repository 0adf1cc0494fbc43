// An event with no date of its own that the timeline places at its article's date (a hollow marker,
// "dated by its article (13 February 2025)") read "date unknown" on its own page, as if it had no
// place in time at all. The page now says the date is not stated and gives its article's, as the
// timeline does; an event with a date of its own reads as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventItem, TimelineView } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('an event placed at its article\'s date says so on its page, in the timeline\'s words', { skip, timeout: 300_000 }, async () => {
  const timeline = await web.json<TimelineView>('/api/timeline?limit=200');
  const byArticle = timeline.items.find((e) => e.articleDate && !e.date && e.title.startsWith('Evacuation'))!;
  assert.ok(byArticle, timeline.items.map((e) => e.title).join('\n'));
  await web.open(`#/event/${encodeURIComponent(byArticle.key)}`, '#main[data-ready] .view h1');
  assert.match(await web.page.locator('.event-header .subtitle').innerText(), /^dated by its article \(13 February 2025\) · /);
  assert.equal(await web.page.locator('dd[data-field="date"]').innerText(), 'not stated; its article is dated 13 February 2025, where the timeline places it');

  const dated = timeline.items.find((e) => e.date?.precision === 'day')!;
  await web.open(`#/event/${encodeURIComponent(dated.key)}`, '#main[data-ready] .view h1');
  const when = await web.page.locator('dd[data-field="date"]').innerText();
  assert.ok(!/its article is dated/.test(when) && /\d{4}/.test(when), when);
});

test("the reader's list of events says the same of such an event, not \"date unknown\"", { skip, timeout: 300_000 }, async () => {
  const timeline = await web.json<TimelineView>('/api/timeline?limit=200');
  const byArticle = timeline.items.find((e) => e.articleDate && !e.date && e.title.startsWith('Evacuation'))!;
  assert.ok(byArticle, timeline.items.map((e) => e.title).join('\n'));
  const event = await web.json<EventItem>(`/api/events/${encodeURIComponent(byArticle.key)}`);
  await web.open(`#/doc/${event.reports[0].docId}`, '#main[data-ready] .view h1');
  const rows = await web.page.locator('.reader-side .entity-group:has(h3:text-is("Events")) li').allInnerTexts();
  const row = rows.find((r) => r.includes(byArticle.title));
  assert.ok(row, rows.join(' | '));
  assert.match(row, /· dated by its article \(13 February 2025\)/);
  assert.ok(rows.every((r) => !r.includes('date unknown')), rows.join(' | '));
});
