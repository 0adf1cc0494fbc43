// On the Claims page the counts of one merged event show twice: in the event's card ("Killed: 45 in
// … · 41 in …") and as a claim group with each source's sentence. Each says so and links to the
// other, the claim's heading gives the event's date in words, and the library counts that
// disagreement once (as the event), not once per listing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimGroup, EventItem, Overview, Page } from '../../src/server/api-types.js';
import { fixtureCorpusSuite, skip } from './browser.js';

// Two made-up reports of one bombing, 31 and 19 killed, the second dated without a year.
const web = fixtureCorpusSuite(['ui', 'event-claims']);

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(web.url + path);
  return { status: res.status, body: (await res.json()) as T };
}

async function open(hash: string, selector: string): Promise<void> {
  await web.page.goto(`${web.url}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await web.page.waitForSelector(`#main[data-ready] ${selector}`, { timeout: 120_000 });
}

async function eventClaim(): Promise<ClaimGroup> {
  const claims = (await get<Page<ClaimGroup>>('/api/claims?multi=true&limit=500')).body;
  const claim = claims.items.find((c) => c.event);
  assert.ok(claim, 'the fixture has an event two articles count differently');
  return claim;
}

test('a claim comparing an event\'s counts names its event, which the API serves', { skip }, async () => {
  const claim = await eventClaim();
  const event = await get<EventItem>(`/api/events/${encodeURIComponent(claim.event!)}`);
  assert.equal(event.status, 200);
  assert.ok(event.body.conflicts.length > 0, 'its reports disagree, so it is listed among the disputed events too');
  assert.equal(claim.disputed, true, 'a dispute here too: the article without a year cannot be the earlier report of an update');
  // the article with a full date first, the one without a year after it (as text it sorted first)
  assert.deepEqual(claim.figures.map((f) => /^\d{4}/.test(f.published ?? '')), [true, false]);
});

test('the event card and the claim link to each other, each saying it is the same disagreement', { skip, timeout: 300_000 }, async () => {
  const claim = await eventClaim();
  await open('#/claims', '.claims');
  const card = web.page.locator(`.disputed-events .event-card[data-event="${claim.event}"]`);
  const toClaim = card.locator(`[data-event-claims] a`);
  assert.equal(await toClaim.count(), 1, 'the event card links to the claim below');
  const section = web.page.locator(`section.claim[data-claim="${claim.key}"]`);
  const heading = await section.locator('h2').innerText();
  assert.doesNotMatch(heading, /\d{4}-\d{2}/, `no ISO date in "${heading}"`);
  assert.match(heading, /^[A-Z]/);
  const note = section.locator('[data-claim-event]');
  assert.match(await note.innerText(), /same disagreement/);
  assert.equal(await note.getByRole('link').first().getAttribute('href'), `#/event/${encodeURIComponent(claim.event!)}`);
  // Following the card's link stays on the page and moves to the claim (the router owns the hash).
  await toClaim.click();
  assert.equal(await web.page.evaluate(() => location.hash), '#/claims');
  assert.equal(await web.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim), claim.key);
  // …and back up to the event card.
  await note.locator('a.jump-link').click();
  assert.equal(await web.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.event), claim.event);
});

test('a claim shown alone links to its event page instead of a section that is not there', { skip, timeout: 300_000 }, async () => {
  const claim = await eventClaim();
  await open(`#/claims?claim=${encodeURIComponent(claim.key)}`, '.claims');
  const note = web.page.locator('[data-claim-event]');
  assert.equal(await note.locator('a.jump-link').count(), 0);
  assert.equal(await note.getByRole('link').count(), 1);
});

test('the library counts one event\'s differing counts once', { skip, timeout: 300_000 }, async () => {
  const overview = (await get<Overview>('/api/overview')).body;
  const disputedEvents = (await get<Page<unknown>>('/api/events?disputed=true&limit=1')).body;
  assert.ok(overview.disputedEventClaims > 0 && overview.disputedEventClaims <= overview.disputedClaims);
  assert.ok(overview.eventClaims >= overview.disputedEventClaims && overview.eventClaims <= overview.claims);
  await open('#/', '.stats');
  const value = async (label: string) => Number(await web.page.locator('.stat', { hasText: label }).locator('.stat-value').innerText());
  assert.equal(await value('of them disputed'), overview.disputedClaims - overview.disputedEventClaims + disputedEvents.total);
  assert.equal(await value('reported by several articles'), overview.claims - overview.eventClaims + overview.eventsCompared);
  // here: one event two articles report, and its toll: one thing compared, one disputed
  assert.deepEqual([await value('reported by several articles'), await value('of them disputed')], [1, 1]);
});
