// An event no report dates stands at its article's date on the timeline; the article's annotation
// of it says which date (eventArticleInterval), so the reader's list of events says "dated by its
// article (3 May 2019)" as the event page does, where it read "date unknown". Made-up article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentView } from '../../src/server/api-types.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { serveAnalyses } from './helpers.js';

test("an undated event's annotation carries the date of the article the timeline places it at", async () => {
  const analysis = fixtureAnalysis({
    title: 'Dockers walk out', source: 'dockers-walk-out', published: '2019-05-03',
    paragraphs: ['Dockers walk out', 'Dockers at the Varnholm terminal walked out over a pay offer, their union said.'],
    mentions: [], places: [], times: [], figures: [], quotes: [],
    events: [{ type: 'protest', trigger: 'walked out' }],
  });
  const served = await serveAnalyses([analysis]);
  try {
    const doc = await served.get<DocumentView>(`/api/documents/${analysis.doc.id}`);
    const event = doc.annotations.find((a) => a.kind === 'event');
    assert.ok(event?.eventKey, JSON.stringify(doc.annotations));
    assert.equal(event.eventDate, null, 'no report dates it');
    assert.deepEqual(event.eventArticleInterval, { start: '2019-05-03', end: '2019-05-04', precision: 'day' });
  } finally {
    await served.close();
  }
});
