// A name whose mentions the gazetteer reads as two places ("Paris" the city, and "the Paris region"
// the region around it) is one entity with two map records: the map linked both records to the
// entity's page, which showed only the city, so a reader coming from the region found no region
// there. The page lists every record the map links to it. Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView, Page, PlaceItem } from '../../src/server/api-types.js';
import type { Analysis, Place } from '../../src/types.js';
import { fixtureAnalysis, PLACES } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';

const PARIS_REGION: Place = { name: 'Île-de-France', country: 'France', countryCode: 'FR', lat: 48.5, lon: 2.5, kind: 'region', ref: 'iso3166-2:FR-IDF' };

/** The city in a dateline, then the region written with the city's name. */
function depotStory(): Analysis {
  const a = fixtureAnalysis({
    title: 'Bus depots close for a second day',
    source: 'bus-depots-close',
    published: '2031-02-11',
    paragraphs: [
      'Bus depots close for a second day',
      'PARIS, Feb. 11. Drivers in Paris kept the buses in their garages on Tuesday.',
      'Nine depots across the Paris region stayed shut, a union organiser said.',
    ],
    mentions: [['Paris', 'LOC', 0], ['Paris', 'LOC', 1]],
    places: [['Paris', 'Paris', 0]],
    times: [],
    figures: [],
    quotes: [],
    events: [],
  });
  const city = a.mentions[1];
  a.places.push({ start: city.start, end: city.end + ' region'.length, text: 'Paris region', place: PARIS_REGION });
  return a;
}

/** A town named twice, both times the same place. */
function trainStory(): Analysis {
  return fixtureAnalysis({
    title: 'Night trains return to the timetable',
    source: 'night-trains-return',
    published: '2031-03-01',
    paragraphs: ['Night trains return to the timetable', 'Trains to Ankara will run overnight again from April, and tickets for Ankara go on sale today.'],
    mentions: [['Ankara', 'LOC', 0], ['Ankara', 'LOC', 1]],
    places: [['Ankara', 'Ankara', 0], ['Ankara', 'Ankara', 1]],
    times: [],
    figures: [],
    quotes: [],
    events: [],
  });
}

test('an entity page names every place the map links to it, the one of its own name first', async () => {
  const served = await serveAnalyses([depotStory(), trainStory()]);
  try {
    const places = (await served.get<Page<PlaceItem>>('/api/places')).items;
    const city = places.find((p) => p.name === PLACES.Paris.name)!;
    const region = places.find((p) => p.name === PARIS_REGION.name)!;
    assert.ok(city.entity && region.entity, 'the map links both records to an entity');
    assert.equal(region.entity, city.entity, 'one entity: the article writes both as "Paris"');
    const page = await served.get<EntityView>(`/api/entities/${encodeURIComponent(city.entity!)}`);
    assert.equal(page.place?.key, city.key);
    assert.deepEqual(page.alsoPlaces?.map((p) => [p.key, p.name, p.kind]), [[region.key, 'Île-de-France', 'region']]);

    // a name the gazetteer reads as one place has no second record to show
    const ankara = places.find((p) => p.name === PLACES.Ankara.name)!;
    const single = await served.get<EntityView>(`/api/entities/${encodeURIComponent(ankara.entity!)}`);
    assert.equal(single.place?.key, ankara.key);
    assert.equal(single.alsoPlaces, undefined);
  } finally {
    await served.close();
  }
});
