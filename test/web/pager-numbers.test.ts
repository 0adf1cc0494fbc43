// A listing's pager writes its numbers as the rest of the page does ("1,001–1,020 of 17,041"), not
// "1001–1020 of 17041" beside a stat card reading "17,041". The library's answer is given a large
// total here, so the demo corpus stands for a big one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('the pager writes thousands with separators', { skip, timeout: 300_000 }, async () => {
  await web.page.route('**/api/documents?*', async (route) => {
    const real = await route.fetch();
    const body = (await real.json()) as { total: number };
    await route.fulfill({ response: real, json: { ...body, total: 17_041 } });
  });
  try {
    await web.open('#/', '#main[data-ready] .pager-status');
    assert.equal(await web.page.locator('.pager-status').innerText(), '1–20 of 17,041');
    await web.open('#/?offset=1000', '#main[data-ready] .pager-status');
    assert.equal(await web.page.locator('.pager-status').innerText(), '1,001–1,020 of 17,041');
  } finally {
    await web.page.unroute('**/api/documents?*');
  }
});
