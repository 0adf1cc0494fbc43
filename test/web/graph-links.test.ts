// The graph's lines for the keyboard: the canvas takes no focus, so a selected name's panel lists
// its lines, and each opens in place the sentences naming both names and the events joining them,
// with links to the articles; the list stays, so the next line is one key away. Over the
// hand-annotated fixture corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServerSuite, skip } from './browser.js';

const web = fixtureServerSuite();

test('a name\'s lines open their evidence in place, by keyboard', { skip, timeout: 300_000 }, async () => {
  await web.page.goto(`${web.server.url}/#/graph`);
  await web.page.waitForSelector('.graph-canvas[data-nodes]', { timeout: 120_000 });
  // the most linked name, chosen from the chips below the canvas, as a keyboard user does
  const chips = web.page.locator('.graph-names button');
  await chips.first().focus();
  await web.page.keyboard.press('Enter');
  const lines = web.page.locator('.graph-panel .graph-links li > button[aria-controls]');
  await lines.first().waitFor({ timeout: 60_000 });
  const count = await lines.count();
  assert.ok(count >= 1, 'its lines are listed');
  const heading = await web.page.locator('.graph-panel h2').innerText();

  await lines.first().focus();
  await web.page.keyboard.press('Enter');
  assert.equal(await lines.first().getAttribute('aria-expanded'), 'true');
  const box = web.page.locator(`#${await lines.first().getAttribute('aria-controls')}`);
  await box.locator('p:not(.muted)').first().waitFor({ timeout: 60_000 });
  assert.match(await box.innerText(), /Named together in \d+ article/);
  const links = await box.locator('a[href^="#/doc/"], a[href^="#/event/"]').count();
  assert.ok(links > 0, 'a sentence or an event, with its link');
  assert.equal(await web.page.locator('.graph-panel h2').innerText(), heading, 'the name stays selected: its list is still there');
  assert.equal(await lines.count(), count);
});
