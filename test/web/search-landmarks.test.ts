// The header's search box and a page's own search or filter form were two "search" landmarks with no
// name (axe-core: landmark-unique on the search, entities and graph pages): a screen reader listed
// "search, search". Each now says what it searches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureCorpusSuite, skip } from './browser.js';

const web = fixtureCorpusSuite(['ui', 'role-referent']);

test('every search landmark has a name of its own on each page that has two', { skip }, async () => {
  for (const hash of ['#/search?q=fraud', '#/entities', '#/graph']) {
    await web.page.goto('about:blank');
    await web.page.goto(`${web.url}/${hash}`);
    // a hang guard, not a speed check
    await web.page.waitForSelector('#main[data-ready] [role="search"]', { timeout: 120_000 });
    const names = await web.page.locator('[role="search"]').evaluateAll((forms) => forms.map((f) => f.getAttribute('aria-label') ?? ''));
    assert.ok(names.length >= 2, `${hash}: the header's and the page's`);
    assert.ok(names.every((n) => n.length > 0), `${hash}: ${JSON.stringify(names)}`);
    assert.equal(new Set(names).size, names.length, `${hash}: ${JSON.stringify(names)}`);
  }
});
