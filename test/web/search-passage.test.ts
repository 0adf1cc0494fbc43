// A journalist's searches: a hit's snippet leads to its sentence in the article (the title opened
// the article at its top), and a search that finds nothing offers broader ones (a phrase as words,
// any word, other endings) and, for a date, the timeline; all of it by keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { broaderSearches, findPassage, queryDate, snippetPassage } from '../../src/web/lib/search-help.js';
import { demoCorpusSuite, skip } from './browser.js';

test('a snippet is found in its article however its spaces were folded', () => {
  const text = 'Ferries stopped.\n\nThe harbour master said the\nquay would reopen on Monday.';
  const passage = snippetPassage([{ text: '… the harbour master said the quay ' }, { text: 'would' }, { text: ' reopen …' }]);
  assert.equal(passage, 'the harbour master said the quay would reopen');
  assert.equal(findPassage(text, passage), null, 'case counts: the snippet keeps the text’s letters');
  const span = findPassage(text, 'harbour master said the quay would reopen');
  assert.deepEqual(span, { start: 22, end: 63 });
  assert.equal(text.slice(span!.start, span!.end), 'harbour master said the\nquay would reopen');
});

test('broader searches: the phrase as words, any of the words, other endings of plain words', () => {
  assert.deepEqual(broaderSearches('"quay closures" Lisbon').map((b) => b.q), ['quay closures Lisbon', 'quay OR closures OR Lisbon', 'quay closur* Lisbon']);
  assert.deepEqual(broaderSearches('Lisbon'), [], 'one name: nothing broader to offer');
  assert.deepEqual(broaderSearches('ferry -strike').map((b) => b.q), ['ferr* -strike'], 'an excluded word stays excluded, and is not a word to find');
});

test('a query that is a date is read as one', () => {
  assert.equal(queryDate('March 2031'), '2031-03');
  assert.equal(queryDate('2031-03-09'), '2031-03-09');
  assert.equal(queryDate('ferry strike'), null);
});

const web = demoCorpusSuite();

test('search by keyboard: a hit leads to its sentence; nothing found offers broader searches', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await web.open('#/search', '#search-q');
  await page.locator('#search-q').focus();
  await page.keyboard.type('"test of our unity"');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.results .snippet mark', { timeout: 120_000 });
  assert.ok((await page.locator('.results .snippet mark').allInnerTexts()).includes('unity'), 'the words found are marked in the snippet');
  const passage = page.locator('.results a.snippet-link').first();
  await passage.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.reader-text .cite-sentence', { timeout: 120_000 });
  const sentence = (await page.locator('.reader-text .cite-sentence').allTextContents()).join('');
  assert.match(sentence, /test of our unity/, 'the sentence of the match is highlighted');
  assert.match(await page.locator('#cited').innerText(), /^(test|our|unity)/, 'a match inside the passage is where the reader lands');

  await web.open('#/search', '#search-q');
  await page.locator('#search-q').fill('Vaage Kabul');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.broader-searches', { timeout: 120_000 });
  assert.match(await page.locator('.nothing-matches').innerText(), /No article matches “Vaage Kabul”/);
  const any = page.locator('.broader-searches a', { hasText: 'Vaage OR Kabul' });
  await any.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.results li', { timeout: 120_000 });
  assert.ok((await page.locator('.results li').count()) >= 1, 'the broader search finds the article naming Vaage');

  // a word's other forms are found, and marked where the hit leads: "arrest" finds "arrested"
  await web.open('#/search?q=arrest', '.results a.snippet-link');
  await page.locator('.results a.snippet-link').first().click();
  await page.waitForSelector('.reader-text mark.search-hit', { timeout: 120_000 });
  assert.ok((await page.locator('.reader-text mark.search-hit').allInnerTexts()).some((t) => t.toLowerCase() === 'arrested'), 'the reader marks "arrested" for a search for "arrest"');

  await web.open('#/search?q=June%202025', '.broader-searches');
  const timeline = page.locator('.broader-searches a', { hasText: 'on the timeline' });
  assert.match((await timeline.getAttribute('href')) ?? '', /^#\/timeline\?from=2025-06&to=2025-06$/);
});
