// An entity page shows a sentence and a quote that a near-duplicate copy repeats word for word
// once, saying "also in 1 copy" (copies), as its article count counts the story once; before, the
// mentions in context and "What X said" listed the story's and the copy's identical lines twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { assertCopyLinked, copyOnAnotherSite, FERRY_STORY, resolvedAnalysis } from './near-duplicates.js';

test("a copy's identical sentence and quote are shown once on the entity page, with the copies counted", async () => {
  const fullName = (text: string) => (text === 'Kordic' ? 'Vesna Kordic' : text);
  const story = { ...FERRY_STORY, quotes: [{ text: 'Nobody sails until the rates are back,', speaker: 'Kordic' }] };
  const copy = copyOnAnotherSite(story, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
  const docs = [resolvedAnalysis(story, fullName), resolvedAnalysis(copy, fullName)];
  const served = await serveAnalyses(docs);
  try {
    assertCopyLinked(served.outcomes, docs[0]);
    type Page = {
      mentionsInContext: { total: number; items: Array<{ docId: string; text: string; before: string; copies?: number }> };
      quoteCount: number;
      quotes: Array<{ docId: string; text: string; copies?: number }>;
    };
    const page = await served.get<Page>(`/api/entities/${encodeURIComponent('PER:vesna kordic')}`);
    const lines = page.mentionsInContext.items.map((m) => [m.text, m.copies ?? 0]);
    assert.deepEqual(lines, [['Vesna Kordic', 1], ['Kordic', 1]], 'each sentence once, with its copy counted');
    assert.ok(page.mentionsInContext.items.every((m) => m.docId === docs[0].doc.id), 'the story is shown, its copy counted');
    // the pager counts the lines shown (two), not the four mentions of the story and its copy
    assert.equal(page.mentionsInContext.total, 2);
    // paged two lines at a time: the two lines make one page, and no second page of the copy's lines
    const first = await served.get<Page>(`/api/entities/${encodeURIComponent('PER:vesna kordic')}?limit=2`);
    assert.deepEqual(first.mentionsInContext.items.map((m) => [m.text, m.copies ?? 0]), [['Vesna Kordic', 1], ['Kordic', 1]]);
    const second = await served.get<Page>(`/api/entities/${encodeURIComponent('PER:vesna kordic')}?limit=2&offset=2`);
    assert.deepEqual(second.mentionsInContext.items, []);
    assert.equal(first.mentionsInContext.total, 2);
    // one line a page: the second page holds the story's second line, not a gap where a copy's was
    const one = await served.get<Page>(`/api/entities/${encodeURIComponent('PER:vesna kordic')}?limit=1&offset=1`);
    assert.deepEqual(one.mentionsInContext.items.map((m) => [m.text, m.copies ?? 0]), [['Kordic', 1]]);
    assert.equal(one.mentionsInContext.total, 2);
    // the quote's words, without the comma before its cue (src/quote-text.ts)
    assert.deepEqual(page.quotes.map((q) => [q.text, q.copies ?? 0]), [['Nobody sails until the rates are back', 1]]);
    assert.equal(page.quoteCount, 1);
  } finally {
    await served.close();
  }
});
