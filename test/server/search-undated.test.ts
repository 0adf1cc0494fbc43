// A search says how many of its results have a date without a year (`undated`), counted by the
// server. The page worked it out as the total less the year facet, which is cut to the 20 most
// frequent years: with results in 22 years, two dated results were counted as "Year unknown".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import type { SearchResult } from '../../src/server/api-types.js';

/** A short note on the lighthouse, published on `published` ("--03-14": a day with no year). */
function note(published: string, extra = ''): ReturnType<typeof fixtureAnalysis> {
  return fixtureAnalysis({
    title: `Lighthouse keeper's log ${published}`,
    source: `lighthouse-${published}`,
    published,
    paragraphs: [`Lighthouse keeper's log ${published}`, `The lighthouse on the spit was painted again this spring, the keeper wrote on ${published}.${extra}`],
    mentions: [], places: [], times: [], events: [], figures: [], quotes: [],
  });
}

test('a search counts its results dated without a year, beyond the 20 years its facet lists', async () => {
  const years = Array.from({ length: 22 }, (_x, i) => `${2000 + i}-05-01`);
  const served = await serveAnalyses([...years.map((p) => note(p)), note('--03-14', ' Gulls nested on the gallery.')]);
  try {
    const res = await served.get<SearchResult>('/api/search?q=lighthouse');
    assert.equal(res.total, 23);
    assert.equal(res.facets.years.length, 20, 'the year facet lists 20 years');
    assert.equal(res.undated, 1, 'one result has no year; the two years the facet leaves out are dated');
    // no result with a year: all of them are counted
    const gulls = await served.get<SearchResult>('/api/search?q=gulls');
    assert.deepEqual([gulls.total, gulls.facets.years.length, gulls.undated], [1, 0, 1]);
    // a year asked for: every result has it
    const one = await served.get<SearchResult>('/api/search?q=lighthouse&year=2003');
    assert.deepEqual([one.total, one.undated], [1, 0]);
  } finally {
    await served.close();
  }
});
