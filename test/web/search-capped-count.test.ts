// The server counts a search's matches among its best 500 only: a common word's heading read
// "500 results", which a reader took for the exact total, and a filtered count ("87 results") for a
// count over every article. The heading and the names table now say "500 or more" and "87 of the
// best 500". The API's answer is made up here (page.route): 500 articles are too many for a fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { SearchResult } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

/** Answers every search as the server does when more than `window` articles match, `total` of them left by the filters. */
async function capped(total: number, window: number | null): Promise<void> {
  await web.page.route((url) => url.pathname === '/api/search', async (route: Route) => {
    const res = (await (await route.fetch()).json()) as SearchResult;
    await route.fulfill({ json: { ...res, total, window } });
  });
}

async function open(hash: string, selector: string): Promise<string> {
  await web.page.goto('about:blank');
  await web.page.goto(`${web.server.url}/${hash}`);
  // a hang guard, not a speed check
  await web.page.waitForSelector(`#main[data-ready] ${selector}`, { timeout: 120_000 });
  return web.page.locator(selector).first().innerText();
}

test('a search cut at the best 500 says "500 or more results", not "500 results"', { skip }, async () => {
  await capped(500, 500);
  try {
    const heading = await open('#/search?q=attack', '.section h2');
    assert.match(heading, /^500 or more results for “attack”/);
  } finally {
    await web.page.unrouteAll();
  }
});

test('a filtered count within the best 500 says it counts among them', { skip }, async () => {
  await capped(87, 500);
  try {
    const heading = await open('#/search?q=attack&year=2016', '.section h2');
    assert.match(heading, /^87 of the best 500 results for “attack”/);
  } finally {
    await web.page.unrouteAll();
  }
});

test('an uncut count is written as it is', { skip }, async () => {
  await capped(1, null);
  try {
    assert.match(await open('#/search?q=attack', '.section h2'), /^1 result for “attack”/);
  } finally {
    await web.page.unrouteAll();
  }
});

test('the names table says "500 or more" for a name the server stopped counting', { skip }, async () => {
  await capped(500, 500);
  try {
    const cell = await open(`#/search?names=${encodeURIComponent('Istanbul')}`, '.names-table td.num');
    assert.equal(cell.trim(), '500 or more');
  } finally {
    await web.page.unrouteAll();
  }
});
