// An entity whose mentions name a place the map links to another entity (one place written two
// ways, two entities) shows that place on its page, as the map shows its article there: the page
// had shown no place at all. Made-up articles: "France" in one, "the French Republic" in another,
// both the gazetteer's France.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityView, Page, EntityItem } from '../../src/server/api-types.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';

const shortName = fixtureAnalysis({
  title: 'Vineyards count the frost', source: 'frost', published: '2032-04-02', paragraphs: ['Vineyards count the frost', 'Growers across France lit candles between the vines as the night frost set in.'],
  mentions: [['France', 'LOC']], places: [['France', 'France']], times: [], figures: [], quotes: [], events: [],
});
const longName = fixtureAnalysis({
  title: 'Treaty text published', source: 'treaty', published: '2032-04-05', paragraphs: ['Treaty text published', 'The French Republic published the full text of the river treaty on Tuesday.'],
  mentions: [['French Republic', 'LOC']], places: [['French Republic', 'France']], times: [], figures: [], quotes: [], events: [],
});

test('an entity naming a place the map links to another entity shows that place on its page', async () => {
  const served = await serveAnalyses([shortName, longName]);
  try {
    const entities = (await served.get<Page<EntityItem>>('/api/entities?limit=50')).items;
    const long = entities.find((e) => e.name === 'French Republic');
    const short = entities.find((e) => e.name === 'France');
    assert.ok(long && short && long.key !== short.key, 'two entities for one place (resolution keeps them apart)');
    const page = await served.get<EntityView>(`/api/entities/${encodeURIComponent(long.key)}`);
    assert.equal(page.place?.name, 'France', 'the place its mention names');
    assert.equal(page.place?.entity, short.key, 'the map links that place to the other entity');
    assert.equal((await served.get<EntityView>(`/api/entities/${encodeURIComponent(short.key)}`)).place?.name, 'France');
  } finally {
    await served.close();
  }
});
