// An entity page listed two mentions close together in one sentence ("LUSAKA, Zambia — A fire …
// on the edge of Lusaka") as two lines of the same sentence, each marking one of them. They are one
// line with both marked; every mention is still marked once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureCorpusSuite, skip } from './browser.js';

const web = fixtureCorpusSuite(['ui', 'reader-names']);

interface EntityPage { items: Array<{ key: string; name: string }> }
interface EntityView { mentionsInContext: { items: unknown[] } }

test('mentions close together in one sentence are one line of context, each marked', { skip }, async () => {
  const entities = (await (await fetch(`${web.url}/api/entities?type=LOC`)).json()) as EntityPage;
  const city = entities.items.find((e) => e.name === 'Lusaka');
  assert.ok(city);
  const view = (await (await fetch(`${web.url}/api/entities/${encodeURIComponent(city.key)}`)).json()) as EntityView;
  await web.page.goto(`${web.url}/#/entity/${encodeURIComponent(city.key)}`);
  const lines = web.page.locator('ul.kwic > li');
  // a hang guard, not a speed check
  await lines.first().waitFor({ timeout: 120_000 });
  const texts = await web.page.locator('ul.kwic .kwic-line').allInnerTexts();
  assert.equal(new Set(texts).size, texts.length, `no sentence listed twice: ${texts.join(' | ')}`);
  const marks = await web.page.locator('ul.kwic .kwic-line a.ann').allInnerTexts();
  assert.equal(marks.length, view.mentionsInContext.items.length, 'every mention marked once');
  const sentence = texts.filter((t) => t.includes('edge of Lusaka'));
  assert.equal(sentence.length, 1, `the dateline's sentence is one line: ${texts.join(' | ')}`);
  assert.ok(sentence[0]!.startsWith('LUSAKA'), sentence[0]);
  assert.equal(await web.page.locator('ul.kwic > li', { hasText: 'edge of Lusaka' }).locator('a.ann').count(), 2);
});
