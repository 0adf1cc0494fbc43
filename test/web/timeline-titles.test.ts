// Timeline titles in plain words (kind, who, where; else the article), never the trigger word in
// quotation marks ("Conviction (“convicted”)" told a reader little), and the sentence that reports
// each event one click away in the list under the chart. Over the hand-annotated fixture corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

test('the timeline list names events in plain words and links each to its sentence', { skip, timeout: 300_000 }, async () => {
  await web.page.goto(`${web.server.url}/#/timeline`);
  await web.page.waitForSelector('.timeline-list', { timeout: 120_000 });
  await web.page.locator('.timeline-list summary').click();
  const items = web.page.locator('.timeline-list li');
  const n = await items.count();
  assert.ok(n > 0);
  const titles = await web.page.locator('.timeline-list li > a:not(.tl-sentence)').allInnerTexts();
  assert.ok(titles.every((t) => !/\(“/.test(t)), `no quoted trigger: ${titles.join(' | ')}`);
  const labels = await web.page.locator('svg .tl-event').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  assert.ok(labels.every((t) => !/\(“/.test(t)), `nor on the chart: ${labels.join(' | ')}`);
  assert.equal(await web.page.locator('.timeline-list li a.tl-sentence').count(), n, 'every event leads to its sentence');

  await web.page.locator('.timeline-list li a.tl-sentence').first().click();
  await web.page.waitForSelector('.reader-text .cite-sentence', { timeout: 120_000 });
  const cited = (await web.page.locator('.reader-text .cite-sentence').allTextContents()).join('');
  assert.ok(cited.split(/\s+/).length > 3, `the article opens with the sentence highlighted: ${cited}`);
});
