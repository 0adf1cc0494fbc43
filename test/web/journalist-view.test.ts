// The bundled demo corpus looked at as a journalist would (session 28): counts that agree between
// pages, empty states that say why they are empty, words instead of data labels, and sections of
// the reader's side panel told apart. Each test names what it showed before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentItem, EventItem, Overview, Page, SearchResult } from '../../src/server/api-types.js';
import { placeKindLabel } from '../../src/web/lib/format.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();
const json = web.json;

const open = web.open;

test('place kinds read as words, not data labels', () => {
  assert.equal(placeKindLabel('other'), 'sea, continent or area');
  assert.equal(placeKindLabel('city'), 'town or city');
  assert.equal(placeKindLabel('country'), 'country');
});

test('a timeline filtered to nothing says the filters match nothing, not "No dated events yet"', { skip, timeout: 300_000 }, async () => {
  await open('#/timeline?type=protest');
  const text = await web.page.locator('#main').innerText();
  assert.match(text, /No event on the timeline matches these filters\./);
  assert.match(text, /Events that cannot be placed \(0\)\s+None that match these filters\./);
  assert.doesNotMatch(text, /No dated events yet|Every event has a date/);
});

test('the timeline header accounts for every event the library counts', { skip, timeout: 300_000 }, async () => {
  const overview = await json<Overview>('/api/overview');
  await open('#/timeline', '#main[data-ready] .timeline-chart');
  const header = await web.page.locator('.page-header .subtitle').innerText();
  const m = /^(\d+) events on the timeline, of the (\d+) events found; (\d+) cannot be placed \(listed below\) and (\d+) (?:is|are) planned or threatened, only a possibility, denied, or said not to have happened \(on (?:its event page|their event pages)\)\. A dot is a known day, a bar a month or year\.$/.exec(header);
  assert.ok(m, header);
  const [drawn, found, unplaced, rest] = m.slice(1).map(Number);
  assert.equal(found, overview.events, 'the library’s count');
  // each part against the event listing's own totals by status (the header's `rest` is found less
  // the other two, so their sum could not differ from found)
  const total = async (filter: string) => (await json<Page<EventItem>>(`/api/events?${filter}&limit=1&reports=0`)).total;
  assert.equal(drawn, await total('fact=true&dated=true&articleDates=true'), 'drawn: the events some report asserts, dated or at a dated article');
  assert.equal(unplaced, await total('fact=true&dated=false&articleDates=true'), 'unplaced: those with neither');
  assert.equal(rest, await total('fact=false'), 'the rest: planned, hypothetical, denied or negated');
  assert.match(await web.page.locator('section', { hasText: 'Events that cannot be placed' }).locator('h2').innerText(), new RegExp(`\\(${unplaced}\\)`));
});

test('a map filtered to no place says so in words, and its type menu shows the type filtered by', { skip, timeout: 300_000 }, async () => {
  await open('#/map?type=protest');
  const header = await web.page.locator('.page-header .subtitle').innerText();
  assert.match(header, /^No place named in the articles has events that match these filters\./);
  assert.doesNotMatch(header, /0 places|all of them countries/);
  assert.equal(await web.page.locator('select[name="type"]').inputValue(), 'protest');
});

test('the map’s list names a place’s kind in words', { skip, timeout: 300_000 }, async () => {
  await open('#/map', '#main[data-ready] .map-list');
  const rows = (await web.page.locator('.map-list tbody tr td:first-child').allTextContents()).map((r) => r.replace(/\s+/g, ' '));
  assert.equal(rows.find((r) => r.trim().startsWith('Europe '))?.trim(), 'Europe sea, continent or area');
  assert.equal(rows.find((r) => r.trim().startsWith('Goma '))?.trim(), 'Goma town or city');
  assert.ok(!rows.some((r) => / other$/.test(r.trim())), rows.join(' | '));
});

test('the reader’s side panel keeps space between its groups (a heading sat on the chips above it)', { skip, timeout: 300_000 }, async () => {
  const docs = await json<Page<DocumentItem>>('/api/documents');
  const doc = docs.items.find((d) => d.title.startsWith('Shelling of Goma'))!;
  await open(`#/doc/${doc.id}`, '#main[data-ready] .reader-side .entity-group');
  const gaps = await web.page.evaluate(() => [...document.querySelectorAll('.reader-side .entity-group + .entity-group')].map((g) =>
    g.querySelector('h3')!.getBoundingClientRect().top - g.previousElementSibling!.getBoundingClientRect().bottom));
  assert.ok(gaps.length >= 3, String(gaps));
  assert.ok(gaps.every((g) => g >= 8), `gaps above the group headings: ${gaps.join(', ')}`);
});

test('an event’s place written as the gazetteer names it is not said twice ("Goma — Goma, …")', { skip, timeout: 300_000 }, async () => {
  const events = await json<Page<EventItem>>('/api/events?type=attack&limit=50');
  const goma = events.items.find((e) => e.title === 'Attack in Goma')!;
  await open(`#/event/${encodeURIComponent(goma.key)}`, '#main[data-ready] dd[data-field="place"]');
  const where = (await web.page.locator('dd[data-field="place"]').innerText()).trim();
  assert.match(where, /^Goma, Democratic Republic of the Congo \(from /);
  assert.doesNotMatch(where, /Goma — Goma/);
});

test('an event’s place written in capitals by its dateline reads in title case beside the country ("Moscow — Russia")', { skip, timeout: 300_000 }, async () => {
  const events = await json<Page<EventItem>>('/api/events?limit=100');
  const datelined = events.items.find((e) => e.place && /^\p{Lu}{3,}$/u.test(e.place.text) && e.place.text.length > 3)!;
  assert.ok(datelined, 'the demo corpus has an event placed by a dateline written in capitals');
  await open(`#/event/${encodeURIComponent(datelined.key)}`, '#main[data-ready] dd[data-field="place"]');
  const where = (await web.page.locator('dd[data-field="place"]').innerText()).trim();
  const written = datelined.place!.text;
  assert.ok(where.startsWith(written[0] + written.slice(1).toLowerCase()), where);
  assert.ok(!where.includes(written), where);
});

test('the search’s year facet counts the results whose date has no year', { skip, timeout: 300_000 }, async () => {
  const res = await json<SearchResult>('/api/search?q=Goma');
  const dated = res.facets.years.reduce((n, v) => n + v.count, 0);
  assert.ok(res.undated > 0, 'the demo has a Goma article dated without a year');
  assert.equal(res.total, dated + res.undated, 'fewer than 20 years: the facet and the undated count are every result');
  await open('#/search?q=Goma', '#main[data-ready] .facets');
  const rest = (await web.page.locator('.facet .facet-rest').innerText()).replace(/\s+/g, ' ').trim();
  assert.equal(rest, `Year unknown ${res.undated}`);
  assert.equal(await web.page.locator('.facet .facet-rest a').count(), 0, 'a count, not a filter');
});

