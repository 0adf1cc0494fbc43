// Search facets count one story on several sites once, as an entity's articles do: a wire story and
// its copy were counted twice in every facet ("Klaipeda 2", "2019 2", "strike 2") while the results
// list marks the two as one text. Each facet value now counts the texts and says how many copies it
// left out; a name only the copy has (its byline, say) still counts once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchResult } from '../../src/server/api-types.js';
import { serveAnalyses } from './helpers.js';
import { copyOnAnotherSite, FERRY_STRIKE, resolvedAnalysis, type Spec } from './near-duplicates.js';

/** Another story of the port, copied by no one. */
const PORT_QUEUES: Spec = {
  title: 'Lorries queue at the ferry port',
  source: 'port-queues',
  published: '2019-04-03',
  paragraphs: [
    'Lorries queue at the ferry port',
    'Drivers waited a second night in Klaipeda as the ferry strike kept every berth empty, the port said.',
  ],
  mentions: [['Klaipeda', 'LOC']],
  places: [], times: [], events: [], figures: [], quotes: [],
};

test('search facets count a story and its copy on another site once, and say how many copies they left out', async () => {
  // the copy's last words name its reporter, whom the story does not name
  const copy = copyOnAnotherSite(FERRY_STRIKE, 'ferry-strike-copy', 'later sailings', 'later sailings, Sorensen wrote');
  const withByline: Spec = { ...copy, mentions: [...copy.mentions, ['Sorensen', 'PER']] };
  const served = await serveAnalyses([FERRY_STRIKE, withByline, PORT_QUEUES].map((spec) => resolvedAnalysis(spec)));
  try {
    assert.ok(served.outcomes[1].status === 'new' && served.outcomes[1].nearDuplicateOf, 'the copy is stored as a near-duplicate');
    const res = await served.get<SearchResult>('/api/search?q=ferry');
    assert.equal(res.total, 3, 'every result is still listed');
    const entity = (key: string) => res.facets.entities.find((f) => f.value === key);
    assert.deepEqual([entity('LOC:klaipeda')?.count, entity('LOC:klaipeda')?.copies], [2, 1], 'the story, its copy and the other story: two texts');
    assert.deepEqual([entity('ORG:baltic meridian')?.count, entity('ORG:baltic meridian')?.copies], [1, 1]);
    assert.deepEqual([entity('PER:sorensen')?.count, entity('PER:sorensen')?.copies], [1, undefined], 'named by the copy alone: one text, no copy');
    assert.deepEqual(res.facets.years.map((y) => [y.value, y.count, y.copies]), [['2019', 2, 1]]);
    assert.deepEqual(res.facets.eventTypes.map((t) => [t.value, t.count, t.copies]), [['strike', 1, 1]]);
    const narrowed = await served.get<SearchResult>('/api/search?q=ferry&entity=LOC%3Aklaipeda');
    assert.equal(narrowed.total, 3);
  } finally {
    await served.close();
  }
});
