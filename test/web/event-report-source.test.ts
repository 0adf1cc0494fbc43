// An event page's reports said "according to statement" and "according to mission": the bare head
// noun of the attribution as if it were a name, where the article's quote of the same sentence shows
// "“the statement” (not identified)" and the mission's linked name. A report's source is shown as a
// quote's speaker is: a link to the person or body, or the description as written and marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventItem, EventReport, Page } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

async function reportSourceOn(event: EventItem, report: EventReport) {
  await web.open(`#/event/${encodeURIComponent(event.key)}`, `#main[data-ready] [data-report="${report.key}"]`);
  return web.page.locator(`[data-report="${report.key}"] .report-source`);
}

test("an event report's source is linked when named, quoted and marked when described", { skip, timeout: 300_000 }, async () => {
  const events = (await web.json<Page<EventItem>>('/api/events?limit=200')).items;
  const attributed = events.flatMap((event) => event.reports.filter((r) => r.attribution).map((report) => ({ event, report })));
  const described = attributed.find(({ report }) => !report.attributionEntity && report.attributionText);
  const named = attributed.find(({ report }) => report.attributionEntity);
  assert.ok(described && named, 'the demo has reports attributed to a description and to a named body');

  const plain = await reportSourceOn(described.event, described.report);
  assert.equal(await plain.innerText(), `according to “${described.report.attributionText}” (not identified)`);
  assert.equal(await plain.locator('a').count(), 0, 'a description links nowhere');

  const linked = (await reportSourceOn(named.event, named.report)).locator('a');
  assert.equal(await linked.innerText(), named.report.attribution);
  assert.equal(decodeURIComponent((await linked.getAttribute('href'))!), `#/entity/${named.report.attributionEntity}`);
});
