// Timeline items and a place's events carry the event's counts in brief (those its reports agree on,
// and every value of those they give differently), so a list can say "at least 12 or 17 killed"
// without opening each event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, type TestServer } from './helpers.js';
import { countsBrief } from '../../src/event-view/merged-events.js';
import type { EventItem, Page, PlaceItem, TimelineView } from '../../src/server/api-types.js';

let s: TestServer;
before(async () => {
  s = await fixtureServer();
});
after(() => s.close());

test('countsBrief keeps agreed counts and lists each disputed count\'s values, nothing else', () => {
  const brief = countsBrief({
    counts: { injured: { value: 40, qualifier: 'about' } },
    conflicts: [
      { field: 'killed', values: [{ count: { value: 12, qualifier: 'at_least' }, reports: ['a'] }, { count: { value: 17, qualifier: 'exact' }, reports: ['b'] }] },
      { field: 'date', values: [{ date: { iso: '2025-02-13', precision: 'day' }, reports: ['a'] }, { date: { iso: '2025-02-14', precision: 'day' }, reports: ['b'] }] },
    ],
  } as Pick<EventItem, 'counts' | 'conflicts'>);
  assert.deepEqual(brief, {
    counts: { injured: { value: 40, qualifier: 'about' } },
    disputedCounts: { killed: [{ value: 12, qualifier: 'at_least' }, { value: 17, qualifier: 'exact' }] },
  });
  assert.deepEqual(countsBrief({ counts: {}, conflicts: [] }), { counts: {} }, 'no disputedCounts where none is disputed');
});

test('timeline items and a place\'s events give the counts their event gives', async () => {
  const timeline = (await s.get('/api/timeline?limit=1000')).body as TimelineView;
  const events = new Map(((await s.get('/api/events?limit=500&reports=1')).body as Page<EventItem>).items.map((e) => [e.key, e]));
  let withCounts = 0;
  let disputed = 0;
  for (const t of timeline.items) {
    const e = events.get(t.key);
    assert.ok(e, t.key);
    assert.deepEqual(t.counts, e.counts, `${t.title}: agreed counts`);
    for (const c of e.conflicts.filter((c) => c.values.some((v) => v.count))) {
      disputed++;
      assert.deepEqual(t.disputedCounts?.[c.field], c.values.map((v) => v.count), `${t.title}: every ${c.field} value`);
    }
    if (Object.keys(e.counts).length) withCounts++;
  }
  assert.ok(withCounts > 0, 'the fixture has a counted event on the timeline');
  assert.ok(disputed > 0, 'and one whose articles give its toll differently');
  const places = (await s.get('/api/places?limit=500')).body as Page<PlaceItem>;
  const placed = places.items.flatMap((p) => p.events).filter((e) => events.get(e.key) && Object.keys(events.get(e.key)!.counts).length);
  assert.ok(placed.length > 0, 'a place lists a counted event');
  for (const e of placed) assert.deepEqual(e.counts, events.get(e.key)!.counts, e.title);
});
