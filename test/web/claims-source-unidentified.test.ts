// The claims page's "Source" set a figure's bare source ("indictment", "officials") as if it were a
// name. A source the article names is a link to that person's or body's page; a description is
// shown as written, in quotation marks, and marked as not identified.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FigureItem, Page } from '../../src/server/api-types.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();
const PAGE = 20;

test("the claims page links a figure's named source and marks a described one", { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const figures = (await web.json<Page<FigureItem>>('/api/figures?limit=100')).items;
  const described = figures.findIndex((f) => f.source && !f.sourceEntity);
  const named = figures.findIndex((f) => f.source && f.sourceEntity);
  assert.ok(described >= 0 && named >= 0, 'the demo has figures of both kinds');

  const sourceOf = async (i: number) => {
    await web.open(`#/claims?filter=all&offset=${Math.floor(i / PAGE) * PAGE}`, '.all-figures');
    return page.locator('.all-figures .figure-card').nth(i % PAGE).locator('dt:has-text("Source") + dd');
  };
  const plain = await sourceOf(described);
  // as written in the article ("the indictment"), as the quote of the same attribution shows it
  assert.equal(await plain.innerText(), `“${figures[described].sourceText ?? figures[described].source}” (not identified)`);
  assert.equal(await plain.locator('a').count(), 0, 'a description links nowhere');

  const linked = (await sourceOf(named)).locator('a');
  assert.equal(await linked.innerText(), figures[named].source);
  assert.equal(decodeURIComponent((await linked.getAttribute('href'))!), `#/entity/${figures[named].sourceEntity}`);
});
