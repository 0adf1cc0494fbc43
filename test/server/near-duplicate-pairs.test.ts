// Articles naming two entities count a near-duplicate group once, as an entity's articles do: the
// graph's "Named together in N articles" (/api/graph/evidence), the entity page's co-mention counts
// and the header of its "Articles naming both" list (/api/entities/{key}/documents?with=) say the
// story once and its copy on a second site apart, while the list still shows every copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { assertCopyLinked, copyOnAnotherSite, FERRY_STORY, resolvedAnalysis, type Spec } from './near-duplicates.js';

/** A separate story naming the union leader and the ferry line again. */
const FOLLOW_UP: Spec = {
  title: 'Ferry crews return',
  source: 'ferry-return',
  published: '2019-04-05',
  paragraphs: [
    'Ferry crews return',
    'Vesna Kordic told members on Friday that the Baltic Meridian crews would sail again from Saturday after the company agreed to restore the overtime rates for the summer timetable.',
  ],
  mentions: [['Vesna Kordic', 'PER'], ['Baltic Meridian', 'ORG']],
  places: [], times: [], events: [], figures: [], quotes: [],
};

test('two entities named in one story, its copy and another story are named together in two articles', async () => {
  const fullName = (text: string) => (text === 'Kordic' ? 'Vesna Kordic' : text);
  const copy = copyOnAnotherSite(FERRY_STORY, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
  const docs = [resolvedAnalysis(FERRY_STORY, fullName), resolvedAnalysis(copy, fullName), resolvedAnalysis(FOLLOW_UP)];
  const served = await serveAnalyses(docs);
  const kordic = 'PER:vesna kordic';
  const line = 'ORG:baltic meridian';
  const enc = encodeURIComponent;
  try {
    assertCopyLinked(served.outcomes, docs[0]);
    const evidence = await served.get<{ documents: number; copies?: number }>(`/api/graph/evidence?a=${enc(kordic)}&b=${enc(line)}`);
    assert.deepEqual([evidence.documents, evidence.copies], [2, 1], 'the graph: two articles, plus one copy');
    const page = await served.get<{ documents: number; copies?: number; coMentioned: Array<{ key: string; shared: number; sharedCopies?: number }> }>(`/api/entities/${enc(kordic)}`);
    assert.deepEqual([page.documents, page.copies], [2, 1], 'the entity: two articles, plus one copy');
    const co = page.coMentioned.find((c) => c.key === line);
    assert.deepEqual([co?.shared, co?.sharedCopies], [2, 1], 'its co-mention count agrees with the graph');
    const both = await served.get<{ total: number; copies?: number; items: unknown[] }>(`/api/entities/${enc(kordic)}/documents?with=${enc(line)}`);
    assert.deepEqual([both.total, both.copies, both.items.length], [3, 1, 3], 'the list of articles naming both shows every copy and says how many are copies');
    const all = await served.get<{ total: number; copies?: number }>(`/api/entities/${enc(kordic)}/documents`);
    assert.deepEqual([all.total, all.copies], [3, 1], 'so does the list of all its articles');
    // a pair never named together in a copied story has nothing to subtract
    const alone = await served.get<{ documents: number; copies?: number }>(`/api/graph/evidence?a=${enc(kordic)}&b=${enc('LOC:klaipeda')}`);
    assert.deepEqual([alone.documents, alone.copies], [1, 1], 'a pair named only in the story and its copy: one article, plus one copy');
  } finally {
    await served.close();
  }
});
