// Whose counts an event page gives, and an event card's counts on a phone. The events are made up
// (page.route answers the API): a blast at a grain store reported by one article citing the fire
// service, and a disputed attack on a ferry reported by two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { EventItem, EventReport, Page } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';
import { lineBreaksIn } from './line-breaks.js';

const web = fixtureServerSuite();

function report(key: string, title: string, sentence: string, extra: Partial<EventReport> = {}): EventReport {
  return {
    key, docId: key.split(':')[0], docTitle: title, published: '2031-05-02', id: 'e1', type: 'attack', trigger: 'blast',
    triggerSpan: { start: 2, end: 7 }, sentence, sentenceSpan: { start: 0, end: sentence.length }, date: { iso: '2031-05-01', precision: 'day' } as EventReport['date'],
    place: { text: 'Brannock' }, actors: [], targets: [], counts: {}, status: 'asserted', ...extra,
  };
}

function event(key: string, reports: EventReport[], extra: Partial<EventItem> = {}): EventItem {
  return {
    key, type: 'attack', title: `Attack in Brannock`, date: { iso: '2031-05-01', precision: 'day' } as EventItem['date'], interval: null,
    place: { text: 'Brannock' }, actors: [], targets: [], counts: {}, status: 'asserted', timelineFact: true,
    documentCount: new Set(reports.map((r) => r.docId)).size, reports, conflicts: [], ...extra,
  };
}

const single = event('ev-single', [report('d1:e1', 'Blast at the Brannock grain store', 'A blast tore through the grain store, killing 4 and injuring 11, the fire service said.', {
  counts: { killed: { value: 4, qualifier: 'exact' }, injured: { value: 11, qualifier: 'exact' } }, attribution: 'the fire service',
})], { counts: { killed: { value: 4, qualifier: 'exact' }, injured: { value: 11, qualifier: 'exact' } } });

const disputed = event('ev-ferry', [
  report('d2:e1', 'Gunmen open fire on the morning ferry to Skerra, passengers say', 'Gunmen fired on the ferry, killing at least 9.', { counts: { killed: { value: 9, qualifier: 'at_least' } } }),
  report('d3:e1', 'Ferry attack: harbour authority gives a higher toll for the Skerra crossing', 'Fourteen people died when gunmen fired on the ferry.', { counts: { killed: { value: 14, qualifier: 'exact' } } }),
], {
  title: 'Attack on the Skerra ferry', counts: { injured: { value: 30, qualifier: 'about' } },
  conflicts: [{ field: 'killed', values: [{ count: { value: 9, qualifier: 'at_least' }, reports: ['d2:e1'] }, { count: { value: 14, qualifier: 'exact' }, reports: ['d3:e1'] }] }],
});

async function answer(): Promise<void> {
  await web.page.route('**/api/events/ev-single*', (route: Route) => route.fulfill({ json: single }));
  await web.page.route('**/api/events?*', (route: Route) => {
    const page: Page<EventItem> = { total: 1, limit: 20, offset: 0, items: [disputed] };
    return route.fulfill({ json: new URL(route.request().url()).searchParams.get('disputed') === 'true' ? page : { ...page, total: 0, items: [] } });
  });
}

test('a single report’s Counts row says whom the counts are according to', { skip, timeout: 300_000 }, async () => {
  // Before: "4 killed · 11 injured" with no source, as if the article had counted them itself;
  // only the report card further down said "according to the fire service".
  await answer();
  try {
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/event/ev-single`);
    // a hang guard, not a speed check
    await web.page.waitForSelector('#main[data-ready] [data-field="counts"]', { timeout: 120_000 });
    const counts = await web.page.locator('[data-field="counts"]').innerText();
    // (a source with no entity is a description: quoted as written and marked, as a quote's speaker is)
    assert.match(counts, /^4 killed\s*(·\s*)?11 injured, according to “the fire service” \(not identified\)$/, counts);
  } finally {
    await web.page.unrouteAll();
  }
});

test('on a phone an event card’s counts take a line of their own, at the card’s width', { skip, timeout: 300_000 }, async () => {
  // Before: the counts shared a line with the links to the reports, squeezed into a narrow column.
  await answer();
  try {
    await web.page.setViewportSize({ width: 375, height: 740 });
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/claims`);
    await web.page.waitForSelector('#main[data-ready] .disputed-events .event-card', { timeout: 120_000 });
    const m = await web.page.locator('.disputed-events .event-card').first().evaluate((card) => {
      const meta = card.querySelector('.event-meta')!.getBoundingClientRect();
      const counts = card.querySelector('.event-meta .card-counts')!;
      const box = counts.getBoundingClientRect();
      return { weight: Number(getComputedStyle(counts).fontWeight), text: counts.textContent?.replace(/\u00a0/g, ' '), metaLeft: meta.left, metaRight: meta.right, left: box.left, right: box.right, width: box.width, cardWidth: card.getBoundingClientRect().width, scroll: document.documentElement.scrollWidth };
    });
    const breaks = await web.page.locator('.disputed-events .event-card').first().locator('.event-meta .card-counts')
      .evaluate(lineBreaksIn, { context: 6, allowedAfter: '' });
    assert.equal(m.text, 'about 30 injured · at least 9 killed or 14 killed (reports differ)');
    assert.ok(Math.abs(m.left - m.metaLeft) < 1 && m.right <= m.metaRight + 1, `inside the card, from its left edge: ${JSON.stringify(m)}`);
    assert.ok(m.width >= (m.metaRight - m.metaLeft) * 0.8, `the counts use the card's width: ${JSON.stringify(m)}`);
    assert.ok(m.scroll <= 375, `nothing wider than the phone: ${JSON.stringify(m)}`);
    assert.ok(!breaks.some((b) => /\d\s*\|/.test(b) || /\|\s*\d/.test(b)), `no line ends between a number and what it counts: ${breaks.join(' / ')}`);
    assert.ok(m.weight >= 600, 'set as the timeline and map set counts, not in small grey type');
  } finally {
    await web.page.unrouteAll();
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});

