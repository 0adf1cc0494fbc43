// A vague amount in the web UI, over an article written for this test and analysed by the real
// pipeline: the reader's side panel and the claims page show "hundreds of thousands (at least 100,000)",
// the source's words with the value read from them as a hint, never "more than 100,000", which the
// article does not say; exact figures ("37", "more than 1,200") look as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureCorpusSuite, skip } from './browser.js';

let docId: string;
const corpus = fixtureCorpusSuite(['ui', 'vague'], async () => {
  const docs = (await (await fetch(`${corpus.url}/api/documents`)).json()) as { items: Array<{ id: string }> };
  docId = docs.items[0].id;
});

async function open(hash: string, ready: string): Promise<void> {
  await corpus.page.goto(`${corpus.url}/${hash}`);
  // A hang guard, not a speed check: a busy shared machine may take long to render a view.
  await corpus.page.waitForSelector(ready, { timeout: 120_000 });
}

test('the reader shows a vague amount in the article\'s own words', { skip, timeout: 300_000 }, async () => {
  await open(`#/doc/${docId}`, '.reader-side .side-figure');
  const items = await corpus.page.locator('.reader-side .side-figure').allInnerTexts();
  const all = items.join(' | ');
  assert.ok(items.some((t) => t.startsWith('hundreds of thousands (at least 100,000)')), `the words, the value a hint: ${all}`);
  assert.ok(items.some((t) => t.startsWith('dozens (at least 12)')), `"dozens" stays dozens: ${all}`);
  assert.ok(!/more than 100,000|more than 12\b/.test(all), `no bound the article never stated: ${all}`);
  assert.ok(items.some((t) => t.startsWith('more than 1,200')), `an exact figure with its qualifier is as before: ${all}`);
  assert.ok(items.some((t) => t.startsWith('37 ')), `an exact figure is as before: ${all}`);
});

test('the claims page lists a vague amount in the article\'s own words', { skip, timeout: 300_000 }, async () => {
  await open('#/claims?filter=all', '.claim-figures .figure-value');
  const values = await corpus.page.locator('.claim-figures .figure-value').allInnerTexts();
  assert.ok(values.includes('hundreds of thousands (at least 100,000)'), values.join(' | '));
  assert.ok(values.includes('more than 1,200'), values.join(' | '));
});
