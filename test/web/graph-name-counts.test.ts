// The list of names under the graph showed a number after each name, with nothing to say what it
// counts, in the order of mentions ("Brackwater 46" before "Alder 37" before "Cindermoor 79"). It now
// says, as the library does, that the number counts articles, and lists most articles first (a
// name's tooltip gives both counts). The graph is made up (page.route answers the API).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import type { GraphView } from '../../src/server/api-types.js';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

function madeUpGraph(): GraphView {
  // mentions fall along the list while article counts do not
  const counts: Array<[string, number, number]> = [['Brackwater', 90, 46], ['Alder', 80, 37], ['Cindermoor', 70, 79], ['Dunhollow', 60, 79], ['Elmstead', 50, 5]];
  const nodes = counts.map(([name, mentions, documents], i) => ({ key: `n${i}`, name, type: 'LOC', mentions, documents }));
  const edges: GraphView['edges'] = nodes.slice(1).map((n) => ({ source: 'n0', target: n.key, kind: 'co-mention', weight: 1, label: '' }));
  return { nodes, edges };
}

test('the names under the graph say what their numbers count and come most articles first', { skip }, async () => {
  await web.page.route('**/api/graph?*', (route: Route) => route.fulfill({ json: madeUpGraph() }));
  try {
    await web.page.goto('about:blank');
    await web.page.goto(`${web.server.url}/#/graph`);
    // a hang guard, not a speed check
    await web.page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
    const names = await web.page.locator('.graph-names button').allInnerTexts();
    assert.deepEqual(names.map((n) => n.replace(/\s+/g, ' ').replace(/^Pl Place: /, '').trim()), ['Cindermoor 79', 'Dunhollow 79', 'Brackwater 46', 'Alder 37', 'Elmstead 5']);
    const section = await web.page.locator('section', { has: web.page.locator('.graph-names') }).innerText();
    assert.match(section, /Names in this graph\s+The number after a name counts the articles naming it\./);
    assert.equal(await web.page.locator('.graph-names button').first().getAttribute('title'), '79 articles, 70 mentions');
  } finally {
    await web.page.unrouteAll();
  }
});
