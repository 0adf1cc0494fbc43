// A phrase search, however its quotation marks were typed. Typographic quotes (“harbour pilot”,
// from a phone keyboard or a pasted headline) were read as loose words, so the phrase matched an
// article holding both words apart; a query quoted twice or left open raised no error but must not
// either; and a snippet marked a phrase's words where they stood apart ("a pilot of the harbour").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import type { SearchResult } from '../../src/server/api-types.js';

function article(slug: string, body: string): ReturnType<typeof fixtureAnalysis> {
  return fixtureAnalysis({
    title: `Quayside notes: ${slug}`,
    source: `quayside-${slug}`,
    published: '2031-04-02',
    paragraphs: [`Quayside notes: ${slug}`, body],
    mentions: [], places: [], times: [], events: [], figures: [], quotes: [],
  });
}

const apart = article('apart', 'A pilot from the upper basin guided the barge while the harbour slept under fog for most of the night.');
const whole = article('whole', 'Gulls circled the breakwater all morning. Later a pilot of the harbour waved, and at noon the harbour pilot climbed aboard the grain ship.');

const titles = (r: SearchResult) => r.items.map((i) => i.title).sort();
const q = (query: string) => `/api/search?q=${encodeURIComponent(query)}`;

test('typographic quotation marks make a phrase, as straight ones do', async () => {
  const served = await serveAnalyses([apart, whole]);
  try {
    assert.deepEqual(titles(await served.get<SearchResult>(q('harbour pilot'))), ['Quayside notes: apart', 'Quayside notes: whole'], 'the words alone match both');
    for (const phrase of ['"harbour pilot"', '“harbour pilot”', '„harbour pilot“']) {
      assert.deepEqual(titles(await served.get<SearchResult>(q(phrase))), ['Quayside notes: whole'], `${phrase}: only the article with the phrase`);
    }
    assert.equal((await served.get<SearchResult>(q('“pilot harbour”'))).total, 0, 'the words in the other order are not the phrase');
  } finally {
    await served.close();
  }
});

test('stray or doubled quotation marks answer a search, never an error', async () => {
  const served = await serveAnalyses([apart, whole]);
  try {
    for (const typed of ['""harbour pilot""', '"harbour pilot', 'harbour"', '"', '“', '"" OR "', 'pilot" -"']) {
      const res = await served.get<SearchResult>(q(typed));
      assert.ok(Array.isArray(res.items), `${typed}: a result`);
    }
  } finally {
    await served.close();
  }
});

test("a phrase search's snippet marks the phrase where it stands whole, not its words apart", async () => {
  const served = await serveAnalyses([apart, whole]);
  try {
    const res = await served.get<SearchResult>(q('"harbour pilot"'));
    const snippet = res.items[0].snippet;
    const marked = snippet.filter((p) => p.match).map((p) => p.text);
    assert.deepEqual(marked, ['harbour', 'pilot'], 'the two words of the phrase, once');
    const text = snippet.map((p) => p.text).join('');
    assert.match(text, /\bharbour pilot climbed\b/, 'the window shows the phrase');
  } finally {
    await served.close();
  }
});
