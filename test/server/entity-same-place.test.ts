// One gazetteer place that the articles write two ways (a country's short name and its formal one)
// is two entities, each page showing the same place: each page names the other, so a reader finds
// the articles under both names, and can merge them. Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, EntityView, Page, PlaceItem } from '../../src/server/api-types.js';
import type { Analysis } from '../../src/types.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';

/** The formal name in the opening, the short one after; the city only once. */
function ferryStory(): Analysis {
  return fixtureAnalysis({
    title: 'Ferry service resumes after storm',
    source: 'ferry-service-resumes',
    published: '2031-04-02',
    paragraphs: [
      'Ferry service resumes after storm',
      'Ferries between Istanbul and the islands of the Republic of Turkey ran again on Wednesday.',
      'Ports across Turkey had closed for three days, an operator said.',
    ],
    mentions: [['Istanbul', 'LOC', 0], ['Republic of Turkey', 'LOC', 0], ['Turkey', 'LOC', 1]],
    places: [['Istanbul', 'Istanbul', 0], ['Republic of Turkey', 'Turkey', 0], ['Turkey', 'Turkey', 1]],
    times: [],
    figures: [],
    quotes: [],
    events: [],
  });
}

test('an entity page names the other entities whose mentions name its place, and a place named one way has none', async () => {
  const served = await serveAnalyses([ferryStory()]);
  try {
    const keyOf = async (name: string) => (await served.get<Page<EntityItem>>(`/api/entities?q=${encodeURIComponent(name)}`)).items.find((e) => e.name === name)!.key;
    const [short, formal, city] = [await keyOf('Turkey'), await keyOf('Republic of Turkey'), await keyOf('Istanbul')];
    assert.notEqual(short, formal, 'resolution keeps the two names apart');
    const shortPage = await served.get<EntityView>(`/api/entities/${encodeURIComponent(short)}`);
    const formalPage = await served.get<EntityView>(`/api/entities/${encodeURIComponent(formal)}`);
    assert.equal(shortPage.place?.key, formalPage.place?.key, 'both pages show the one place');
    assert.deepEqual(shortPage.samePlace?.map((e) => [e.key, e.name, e.documents]), [[formal, 'Republic of Turkey', 1]]);
    assert.deepEqual(formalPage.samePlace?.map((e) => e.key), [short]);
    assert.equal((await served.get<EntityView>(`/api/entities/${encodeURIComponent(city)}`)).samePlace, undefined);

    // the place's own record names every entity naming it (the map's heading links only the one at its first mention)
    const country = await served.get<PlaceItem>(`/api/places/${encodeURIComponent(shortPage.place!.key)}`);
    assert.equal(country.entity, formal, 'the first mention is the formal name');
    assert.deepEqual(country.namedAs?.map((e) => e.key).sort(), [short, formal].sort());
    const cityPlace = (await served.get<EntityView>(`/api/entities/${encodeURIComponent(city)}`)).place!.key;
    const town = await served.get<PlaceItem>(`/api/places/${encodeURIComponent(cityPlace)}`);
    assert.equal(town.namedAs, undefined, 'a place named one way lists no names');
  } finally {
    await served.close();
  }
});
