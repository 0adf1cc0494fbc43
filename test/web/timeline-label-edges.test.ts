// The timeline's labels on a phone (390 px) over the demo corpus: each lies inside the chart, none
// cut at its left edge ("rrest of Dmytro…", widths were guessed per character and bold titles run
// wider), and a shortened label never ends on a separator ("(2 articles) ·…").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCorpusSuite, skip } from './browser.js';

const web = demoCorpusSuite();

test('on a phone every timeline label lies inside the chart and ends in words', { skip, timeout: 300_000 }, async () => {
  await web.page.setViewportSize({ width: 390, height: 844 });
  try {
    await web.open('#/timeline', '#main[data-ready] .timeline-svg .tl-label');
    const { chart, labels } = await web.page.evaluate(() => {
      // What is drawn: the marks' clip rectangle, in the user space of the group it clips.
      const marks = document.querySelector<SVGGElement>('.timeline-svg g[clip-path]')!;
      const clip = marks.ownerSVGElement!.querySelector<SVGRectElement>('clipPath rect')!;
      const m = marks.getScreenCTM()!;
      const x = clip.x.baseVal.value;
      return {
        chart: { left: m.e + x * m.a, right: m.e + (x + clip.width.baseVal.value) * m.a },
        labels: [...document.querySelectorAll('.timeline-svg .tl-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: r.left, right: r.right };
        }),
      };
    });
    assert.ok(labels.length >= 5, JSON.stringify(labels));
    const outside = labels.filter((l) => l.left < chart.left || l.right > chart.right);
    assert.deepEqual(outside, [], `chart ${JSON.stringify(chart)}`);
    const onSeparator = labels.filter((l) => /[·,;:]\s*…/.test(l.text));
    assert.deepEqual(onSeparator, []);
  } finally {
    await web.page.setViewportSize({ width: 1280, height: 800 });
  }
});
