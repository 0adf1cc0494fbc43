// The map's type and date filters, on the server (/api/places?type=&from=&to=): every event of a
// place is tested, where the web page tested only the five its listing carries (a place whose
// matching event came sixth fell off the filtered map). Dates use the timeline's interval overlap,
// so an event dated by its year alone passes a filter from March of that year. Made-up articles,
// one event each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, PlaceItem, PlacePage } from '../../src/server/api-types.js';
import type { EventType, TimeValue } from '../../src/types.js';
import { fixtureAnalysis, PLACES } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';

type PlaceName = keyof typeof PLACES;
const TRIGGERS: Partial<Record<EventType, string>> = { strike: 'walked out', protest: 'marched', meeting: 'met', vote: 'voted', arrest: 'arrested' };

let n = 0;
function report(place: PlaceName, type: EventType, date: TimeValue | null) {
  n += 1;
  const trigger = TRIGGERS[type]!;
  return fixtureAnalysis({
    title: `Notes from ${place}, number ${n}`, source: `notes-${n}`, published: '2033-01-15',
    paragraphs: [`Notes from ${place}, number ${n}`, `People in ${place} ${trigger} about the harbour fees, item ${n}.`],
    mentions: [[place, 'LOC']], places: [[place, place]], times: [], figures: [], quotes: [],
    events: [{ type, trigger, ...(date ? { date } : {}), place: [place, place] }],
  });
}
const year = (iso: string): TimeValue => ({ iso, precision: 'year' });
const month = (iso: string): TimeValue => ({ iso, precision: 'month' });
const day = (iso: string): TimeValue => ({ iso, precision: 'day' });

test('the places listing filters on all of a place\'s events, by type and by date as the timeline does', async () => {
  const served = await serveAnalyses([
    report('Istanbul', 'strike', year('2031')),
    report('Paris', 'protest', month('2031-03')),
    // six meetings first, then a strike the listing leaves out, and two votes no date filter passes
    ...['01', '02', '03', '04', '05', '06'].map((m) => report('Ankara', 'meeting', day(`2029-${m}-11`))),
    report('Ankara', 'strike', day('2031-06-02')),
    report('Ankara', 'vote', { iso: '--06-02', precision: 'day' }),
    report('Ankara', 'vote', null),
    report('Esenyurt', 'arrest', day('2031-03-31')),
    report('Turkey', 'arrest', day('2031-04-01')),
    report('France', 'arrest', day('2030-12-31')),
  ]);
  try {
    const names = async (qs: string) => (await served.get<Page<PlaceItem>>(`/api/places?brief=true&${qs}`)).items.map((p) => p.name).sort();
    const ankara = (await served.get<Page<PlaceItem>>('/api/places?brief=true')).items.find((p) => p.name === 'Ankara')!;
    assert.ok(!ankara.events.some((e) => e.type === 'strike'), 'the strike is not among the events listed with Ankara');
    assert.deepEqual(await names('type=strike'), ['Ankara', 'Istanbul']);
    assert.deepEqual(await names('type=strike&from=2031-05&to=2031-06'), ['Ankara', 'Istanbul'], 'a strike dated 2031 may fall in May or June');
    assert.deepEqual(await names('type=meeting&from=2031'), [], 'Ankara\'s meetings were in 2029');
    // a year or a month overlaps a filter that starts inside it
    assert.deepEqual(await names('from=2031-03'), ['Ankara', 'Esenyurt', 'Istanbul', 'Paris', 'Turkey']);
    assert.deepEqual(await names('from=2031-03-15&type=protest'), ['Paris']);
    assert.deepEqual(await names('from=2032'), []);
    // a month or a year as the end takes in the whole period
    assert.deepEqual(await names('to=2031-03'), ['Ankara', 'Esenyurt', 'France', 'Istanbul', 'Paris']);
    assert.deepEqual(await names('from=2030&to=2030'), ['France']);
    // an undated event, or one without a year, passes no date filter; the type filter needs one event with both
    assert.deepEqual(await names('type=vote'), ['Ankara']);
    assert.deepEqual(await names('type=vote&from=2000'), []);
    const arrests = await served.get<PlacePage>('/api/places?brief=true&type=arrest');
    assert.equal(arrests.total, 3, 'total counts the places that match');
    // the map's type menu keeps every type, whatever the filter shows
    assert.deepEqual(arrests.eventTypes, ['arrest', 'meeting', 'protest', 'strike', 'vote']);
  } finally {
    await served.close();
  }
});
