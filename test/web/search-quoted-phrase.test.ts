// A phrase typed with its quotation marks is shown and linked with them once: the heading read
// 2 results for “"market in Goma"”, and a name typed in quotes in the list of names was linked as
// ""North Kivu"", which the search reads as two loose words, not the phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namePhrase, quotedQuery } from '../../src/web/lib/search-help.js';
import { demoCorpusSuite, skip } from './browser.js';

test('a query is quoted for a heading unless it holds quotation marks of its own', () => {
  assert.equal(quotedQuery('ferry strike'), '“ferry strike”');
  assert.equal(quotedQuery('"ferry strike"'), '"ferry strike"');
  assert.equal(quotedQuery('“ferry strike” Lisbon'), '“ferry strike” Lisbon');
  assert.equal(namePhrase('"Port Authority"'), '"Port Authority"');
  assert.equal(namePhrase('“Port  Authority”'), '"Port Authority"');
  assert.equal(namePhrase('Port Authority'), '"Port Authority"');
});

const web = demoCorpusSuite();

test('a quoted phrase is quoted once in the heading, the title and the links of the names list', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await web.open(`#/search?q=${encodeURIComponent('"market in Goma"')}`, 'ol.results');
  const heading = await page.locator('h2', { hasText: 'results for' }).first().innerText();
  assert.match(heading, /^2 results for "market in Goma"$/, heading);
  assert.ok(!(await page.title()).includes('“"'), await page.title());

  await web.open(`#/search?names=${encodeURIComponent('"North Kivu"\nGoma')}`, '.names-table');
  const href = await page.locator('.names-table tbody th a').first().getAttribute('href');
  assert.equal(decodeURIComponent(href!.replace(/^#\/search\?q=/, '')), '"North Kivu"', 'the name linked as one phrase');
  const rows = await page.locator('.names-table tbody tr[data-found="true"]').count();
  assert.equal(rows, 2, 'both names found');
});
