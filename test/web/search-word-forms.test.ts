// A search finds the other forms of a word; the results say which under their heading, so a reader
// checking a claim sees what counted as a match: only forms the corpus holds, so none made up ("sayed")
// and none no article writes. On the demo corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('the results name the other word forms the search took in, and none it made up', { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await web.open('#/search?q=said', 'ol.results');
  assert.equal(await page.locator('.word-forms').innerText(), 'Also finds: say, says, saying');
  const link = await page.locator('ol.results a.doc-title').first().getAttribute('href');
  assert.equal(new URLSearchParams(link!.split('?')[1]).get('forms'), 'say says saying', 'the reader marks the same forms');

  // "worked" is searched beside WordNet's listed "wrought"; only the form the articles write is named
  await web.open('#/search?q=work', 'ol.results');
  assert.equal(await page.locator('.word-forms').innerText(), 'Also finds: worked');

  // a name has no other forms: no line
  await web.open('#/search?q=Goma', 'ol.results');
  assert.equal(await page.locator('.word-forms').count(), 0);
});
