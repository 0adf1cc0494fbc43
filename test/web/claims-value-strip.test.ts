// The claims page draws a disputed claim's figures on one scale (lib/claim-strip.ts): the demo's
// Goma toll, "at least 12" against "17", is an arrow from 12 running off the scale and a dot at 17
// inside it, so the reader sees that both can hold. The drawing is one image with its values in
// words for a screen reader, and it fits a phone's width. The event page draws its disputed counts
// the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test("a disputed claim's figures are drawn on one scale", { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await web.open('#/claims', '.claim-disputed .claim-strip');
  const strip = page.locator('.claim-disputed .claim-strip').first();
  const rows = strip.locator('.strip-row:not(.strip-axis-row)');
  assert.equal(await rows.count(), 2);
  const label = (await strip.locator('[role="img"]').getAttribute('aria-label')) ?? '';
  assert.match(label, /at least 12 \(“the governor of North Kivu province”\)/);
  assert.match(label, /17 \(“hospital sources”\)/);
  // the bound is open-ended, the count a point, and the point lies on the bound's mark
  const open = rows.filter({ hasText: 'at least 12' }).locator('.strip-open');
  assert.equal(await open.count(), 1);
  const point = rows.filter({ hasText: /^17/ });
  assert.equal(await point.locator('.strip-span').count(), 0, 'an exact figure has no bar');
  const bar = (await open.boundingBox())!;
  const dot = (await point.locator('.strip-dot').boundingBox())!;
  assert.ok(bar.x <= dot.x + dot.width / 2 && dot.x + dot.width / 2 <= bar.x + bar.width, JSON.stringify({ bar, dot }));
  // the axis starts at 0 and ends on a round number past the values
  const ticks = await strip.locator('.strip-axis span').allInnerTexts();
  assert.equal(ticks[0], '0');
  assert.ok(Number(ticks.at(-1)!.replace(/,/g, '')) > 17, ticks.join(' '));

  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await web.open('#/claims', '.claim-disputed .claim-strip');
    const box = (await page.locator('.claim-disputed .claim-strip').first().boundingBox())!;
    const card = (await page.locator('.claim-disputed').first().boundingBox())!;
    assert.ok(box.x >= card.x && box.x + box.width <= card.x + card.width + 0.5, 'the drawing stays inside its card on a phone');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scroll');
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test("an event page draws the counts its articles disagree on, and no other field", { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  const timeline = await web.json<{ items: Array<{ key: string; title: string }> }>('/api/timeline');
  const goma = timeline.items.find((e) => e.title.startsWith('Attack in Goma'))!;
  await web.open(`#/event/${encodeURIComponent(goma.key)}`, '.conflict');
  const killed = page.locator('.conflict[data-field="killed"] .claim-strip');
  assert.equal(await killed.count(), 1);
  assert.match((await killed.locator('[role="img"]').getAttribute('aria-label')) ?? '', /at least 12 \(“the governor of North Kivu province”\); 17 \(“hospital sources”\)/);
  assert.equal(await page.locator('.conflict:not([data-field="killed"]) .claim-strip').count(), 0);
});
