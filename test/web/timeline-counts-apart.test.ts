// The timeline's list under the chart gave an event's title and its counts with no space between them
// ("Attack in Gomaabout 40 injured" in the text a screen reader or a copy gets; on screen only a margin
// kept them apart). Over the demo corpus, at a desktop's and a phone's size: the text has a space there,
// and on screen the counts start clear of the title when they share its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

interface Row { text: string; before: string; gap: number | null }

for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`the timeline list keeps each title apart from its counts at ${size.width}×${size.height}`, { skip, timeout: 300_000 }, async () => {
    await web.page.setViewportSize(size);
    try {
      await web.open('#/timeline', '#main[data-ready] .timeline-list');
      await web.page.locator('.timeline-list summary').click();
      const rows: Row[] = await web.page.locator('.timeline-list li:has(.event-counts)').evaluateAll((items) => items.map((li) => {
        const counts = li.querySelector('.event-counts')!;
        const title = li.querySelector('a:not(.tl-sentence)')!;
        const text = li.textContent ?? '';
        const at = text.indexOf(counts.textContent ?? '');
        const titleBox = [...title.getClientRects()].pop()!;
        const countsBox = counts.getClientRects()[0]!;
        const sameLine = Math.abs(titleBox.top - countsBox.top) < titleBox.height / 2;
        return { text, before: text.slice(at - 1, at), gap: sameLine ? countsBox.left - titleBox.right : null };
      }));
      assert.ok(rows.length > 0, 'the demo has events with counts on the timeline');
      for (const r of rows) {
        assert.match(r.before, /\s/, `a space before the counts: ${r.text}`);
        if (r.gap !== null) assert.ok(r.gap >= 3, `${r.gap} px between title and counts: ${r.text}`);
      }
    } finally {
      await web.page.setViewportSize({ width: 1280, height: 800 });
    }
  });
}
