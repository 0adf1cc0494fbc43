// A date written as one range ("from 3 to 10 September") keeps its last day (`end`) in the API, as
// the OpenAPI document's timeValue says: on the event's reports, the merged event, its page and the
// timeline. Before, reports' dates were rebuilt as {iso, precision} and the
// end was lost everywhere the schema promised it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import type { EventItem, Page, TimelineView } from '../../src/server/api-types.js';

test('an event dated "from 3 to 10 September" carries its end in the API', async () => {
  const strike = fixtureAnalysis({
    title: 'Dock workers strike for a week',
    source: 'dock-strike',
    published: '2019-09-12',
    paragraphs: ['Dock workers strike for a week', 'Dock workers in the northern harbour went on strike from 3 to 10 September, halting the unloading of grain ships.'],
    mentions: [], places: [], times: [], figures: [], quotes: [],
    events: [{ type: 'strike', trigger: 'strike', date: { iso: '2019-09-03', precision: 'day', end: '2019-09-10' } }],
  });
  const served = await serveAnalyses([strike]);
  try {
    const listed = await served.get<Page<EventItem>>('/api/events');
    assert.equal(listed.items.length, 1);
    const [event] = listed.items;
    assert.deepEqual(event.reports[0].date, { iso: '2019-09-03', precision: 'day', end: '2019-09-10' }, 'the report keeps the last day');
    assert.deepEqual(event.date, { iso: '2019-09-03', precision: 'day', end: '2019-09-10' }, 'so does the merged event');
    const page = await served.get<EventItem>(`/api/events/${encodeURIComponent(event.key)}`);
    assert.equal(page.date?.end, '2019-09-10', 'the event page');
    assert.equal(page.reports[0].date?.end, '2019-09-10', "the event page's report");
    const timeline = await served.get<TimelineView>('/api/timeline');
    assert.equal(timeline.items[0]?.date?.end, '2019-09-10', 'the timeline');
    const spec = await served.get<{ components: { schemas: { Event: { properties: { date: { properties: Record<string, unknown> } } } } } }>('/api/openapi.json');
    assert.ok('end' in spec.components.schemas.Event.properties.date.properties, 'as the OpenAPI document says');
  } finally {
    await served.close();
  }
});
