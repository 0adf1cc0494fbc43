// An entity named in a story and in its copy on another site: the page's header counts the story
// once and says the copy is there; the articles table lists both and says one is a copy; the two
// counts add up. (A reader once saw "in 5 articles" above "Articles (7)" with no word why.) The
// articles naming it and another name count the same way, as the graph's "Named together" does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityItem, Page } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';
import { copyOnAnotherSite, FERRY_STORY, resolvedAnalysis, saveWithCopy } from '../server/near-duplicates.js';

const fullName = (text: string) => (text === 'Kordic' ? 'Vesna Kordic' : text);
const web = fixtureServerSuite({}, async () => {
  const copy = copyOnAnotherSite(FERRY_STORY, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
  await saveWithCopy(web.server.store, resolvedAnalysis(FERRY_STORY, fullName), resolvedAnalysis(copy, fullName));
});

test('the entity page says what each article count counts, and they agree', { skip, timeout: 300_000 }, async () => {
  await web.page.goto(`${web.server.url}/#/entity/${encodeURIComponent('PER:vesna kordic')}`);
  await web.page.waitForSelector('#main[data-ready] .entity-docs', { timeout: 120_000 });
  const subtitle = (await web.page.locator('.page-header .subtitle').innerText()).trim();
  assert.equal(subtitle, '4 mentions in 1 article (plus 1 copy from another site)');
  const heading = (await web.page.locator('section', { has: web.page.locator('.entity-docs') }).locator('h2').innerText()).trim();
  assert.equal(heading, 'Articles (2, including 1 copy from another site)');
  assert.equal(await web.page.locator('.entity-docs tbody tr').count(), 2);
  // the copy's identical sentences are not listed again: each once, saying the copy repeats it
  const lines = await web.page.locator('ul.kwic li').allInnerTexts();
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.ok(lines.every((l) => l.trim().endsWith('· also in 1 copy from another site')), lines.join('\n'));
  // the mentions' heading counts the lines listed, not the copy's lines shown once with them
  const mentionsHeading = (await web.page.locator('section', { has: web.page.locator('ul.kwic') }).locator('h2').innerText()).trim();
  assert.equal(mentionsHeading, 'Mentions in context (2)');
  // and says how that agrees with the header's four mentions
  assert.equal((await web.page.locator('.kwic-note').innerText()).trim(), '4 mentions in all: 2 are lines a copy from another site repeats word for word, listed once below with “also in”.');
  // named with the ferry line in the story and its copy: one article, as the graph says, both listed
  const both = web.page.locator('a[aria-label$="naming both Vesna Kordic and Baltic Meridian"]');
  assert.equal((await both.getAttribute('aria-label')), '1 article naming both Vesna Kordic and Baltic Meridian');
  await both.click();
  await web.page.waitForFunction(() => document.querySelector('#main[data-ready] section h2')?.textContent?.includes('naming both') ?? false, null, { timeout: 120_000 });
  const pairHeading = (await web.page.locator('section', { has: web.page.locator('.entity-docs') }).locator('h2').innerText()).trim();
  assert.equal(pairHeading, 'Articles naming both Vesna Kordic and Baltic Meridian (2, including 1 copy from another site)');
  assert.equal(await web.page.locator('.entity-docs tbody tr').count(), 2);
  // an entity of the fixture corpus named in articles of their own: the plain count, no word of copies
  const turkey = ((await (await fetch(`${web.server.url}/api/entities?q=Turkey&type=LOC&limit=1`)).json()) as Page<EntityItem>).items[0];
  assert.ok(turkey && !turkey.copies);
  await web.page.goto(`${web.server.url}/#/entity/${encodeURIComponent(turkey.key)}`);
  await web.page.waitForFunction((name) => document.querySelector('#main[data-ready] h1')?.textContent?.includes(name), turkey.name, { timeout: 120_000 });
  assert.equal((await web.page.locator('.page-header .subtitle').innerText()).trim(), `${turkey.mentions} mentions in ${turkey.documents} article${turkey.documents === 1 ? '' : 's'}`);
  const plain = (await web.page.locator('section', { has: web.page.locator('.entity-docs') }).locator('h2').innerText()).trim();
  assert.equal(plain, `Articles (${turkey.documents})`);
});
