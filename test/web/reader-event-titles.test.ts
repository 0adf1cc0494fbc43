// The reader's side panel named an event by its trigger word in quotes ("“hit” · undated") while
// the event page and the timeline call it "Attack in Goma, 13 February 2025". It names it as they
// do, dated by the report or else by the event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

interface Annotation { kind: string; eventId?: string; eventTitle?: string; eventDate?: { iso: string } | null }

test('an article\'s events are listed by the event\'s title', { skip }, async () => {
  const { page, server } = web;
  const events = (await server.get('/api/events?limit=50')).body as { items: Array<{ title: string; reports: Array<{ docId: string }> }> };
  const event = events.items.find((e) => e.reports.length > 0)!;
  const doc = (await server.get(`/api/documents/${event.reports[0]!.docId}`)).body as { annotations: Annotation[] };
  const reports = doc.annotations.filter((a) => a.kind === 'event' && a.eventId);
  assert.ok(reports.length > 0 && reports.every((a) => typeof a.eventTitle === 'string' && a.eventTitle.length > 0), 'the API names each report\'s event');
  await page.goto(`${server.url}/#/doc/${event.reports[0]!.docId}`);
  const links = page.locator('.reader-side .entity-group:has(h3:text-is("Events")) li > a:not(.sources-badge)');
  // a hang guard, not a speed check
  await links.first().waitFor({ timeout: 120_000 });
  const shown = await links.allInnerTexts();
  assert.deepEqual(shown, reports.map((a) => a.eventTitle));
  assert.ok(shown.every((t) => !t.startsWith('“')), shown.join(' | '));
});
