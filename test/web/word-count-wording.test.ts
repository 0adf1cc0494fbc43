// A document's length reads as a person would write it: "1 word", never "1 words"; and the reader
// gives the library's count (a page of Japanese, written without spaces, is not "1 words" there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from '../../src/server/api-types.js';
import type { DocSummary } from '../../src/store/interface.js';
import { fixtureCorpusSuite, skip } from './browser.js';

const web = fixtureCorpusSuite(['ui', 'word-counts']);

async function listed(): Promise<DocSummary[]> {
  return ((await (await fetch(`${web.url}/api/documents?limit=10`)).json()) as Page<DocSummary>).items;
}

test('a one-word article is "1 word" in the library', { skip, timeout: 300_000 }, async () => {
  await web.page.goto(`${web.url}/#/`);
  await web.page.waitForSelector('#main[data-ready] .doc-meta', { timeout: 120_000 });
  const metas = await web.page.locator('.doc-meta > span').allTextContents();
  assert.ok(metas.some((m) => m === '1 word'), JSON.stringify(metas));
  assert.ok(!metas.some((m) => /\b1 words\b/.test(m)), JSON.stringify(metas));
});

test('the reader counts the words of unspaced text as the library does', { skip, timeout: 300_000 }, async () => {
  const ja = (await listed()).find((d) => d.source.endsWith('harbour-fire-ja.txt'));
  assert.ok(ja);
  assert.ok(ja.words > 5, `the library counts words, not runs between spaces: ${ja.words}`);
  await web.page.goto(`${web.url}/#/doc/${ja.id}`);
  await web.page.waitForSelector('#main[data-ready] .view', { timeout: 120_000 });
  const footer = await web.page.getByText(/ words? · id /).textContent();
  assert.match(footer ?? '', new RegExp(`^${ja.words} words · id `));
});
