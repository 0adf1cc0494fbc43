// The timeline's intro on a phone (400×800) over the demo corpus: it names the statuses left off the
// timeline once (it gave them twice, in a paragraph filling most of the first screen) and stays a
// few lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offTimelineWords } from '../../src/event-status-words.js';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('the phone timeline’s intro says what is left off once, in a few lines', { skip, timeout: 300_000 }, async () => {
  await web.page.setViewportSize({ width: 400, height: 800 });
  try {
    await web.open('#/timeline', '#main[data-ready] .timeline-chart');
    const intro = web.page.locator('.page-header .subtitle');
    const text = await intro.innerText();
    assert.equal(text.split(offTimelineWords()).length - 1, 1, text);
    const { height, lineHeight } = await intro.evaluate((el) => ({ height: el.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(el).lineHeight) }));
    assert.ok(height / lineHeight <= 6.5, `${Math.round(height / lineHeight)} lines: ${text}`);
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
